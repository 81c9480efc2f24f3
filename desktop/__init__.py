"""BorderDesk (跨境客服助手): an offline helper for cross-border customer-service agents."""

__version__ = "0.1.0"
