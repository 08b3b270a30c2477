"""Russian and Ukrainian news: quotes, cues and speakers, resolved with pymorphy3."""
