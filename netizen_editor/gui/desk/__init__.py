"""The desk in the window (issue 24): a folder of articles as a live table in a dock.

- ``filtering``: which entries the table shows and in what order (plain Python, fast enough
  for 10,000 rows);
- ``table_model``: the table's model over the list of entries;
- ``worker``: the polls and the text search, on worker threads;
- ``desk_panel``: the dock's widget (filters, counts, table, buttons);
- ``quick_switcher``: Ctrl+P, a story of the desk by its title;
- ``controller``: File › Open Desk…, the status actions, new, rename, the session.
"""
