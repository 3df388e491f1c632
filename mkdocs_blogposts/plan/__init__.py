"""Planning: the blog of one build, its groups, listing pages and the files MkDocs gets."""
