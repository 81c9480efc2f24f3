"""Finding the reply: query parsing, ranking, suggestion for buyer messages, and the text
tools they use (Chinese segmentation, pinyin, typos, languages)."""
