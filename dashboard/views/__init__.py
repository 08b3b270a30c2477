"""One module per dashboard page; UI only."""
