"""Reading: which files are posts, and what their front matter and data files say."""
