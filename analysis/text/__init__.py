"""Text processing with NLTK, offline: tokens, sentences, stopwords and VADER's data."""
