"""Mail in and out: limits on raw bytes, parsing, and safe composing of replies."""
