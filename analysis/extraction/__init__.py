"""From raw news articles to attributed statements: quotes, cues and speakers."""
