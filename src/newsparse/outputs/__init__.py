"""What parsed pages become: tables, data frames, the annotated view as HTML and in a terminal."""
