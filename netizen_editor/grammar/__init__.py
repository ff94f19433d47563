"""The article's grammar, in one place: its front matter and key lines, its blocks with their
kinds and line ranges, the chunks the preview renders one by one, and inline prose. Every
reader of the article's structure (chunker, outline, counts, checks, spelling, highlighter)
uses it; no other module recognises a fence, a heading or a marker on its own."""
