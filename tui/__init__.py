"""newsdesk's interfaces: the Textual dashboard and the command line.

Both are thin: they call `search` for everything and only arrange what it
returns. Nothing here opens article files or parses dates.
"""
