SELECT coalesce(max(seq), 0) + 1 AS seq FROM node_states
