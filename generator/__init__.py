"""briefing: a static briefing-site generator for people, quotes and events in the news."""

__version__ = "0.1.0"
