"""The graph model (nodes, edges, ids) and the stores that persist it."""
