"""newsdesk's engine: reading, cleaning, extraction, the Whoosh index and queries.

Nothing here imports Textual; `tui/` is a thin layer over these functions.
"""
