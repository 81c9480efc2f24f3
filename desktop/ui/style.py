"""Style shared by several widgets (the application style sheet is resources/style.qss)."""

from __future__ import annotations

#: How rich-text views mark placeholders (see core.placeholders.html_with_placeholders): the
#: reply pane and the fill-in form's preview.
PLACEHOLDER_CSS = (
    "span.ph { background-color: #fde9b3; color: #7a4b00; }"
    " span.ph-bad { background-color: #f9c7c7; color: #8a1010; }"
)
