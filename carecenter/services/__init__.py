"""Use cases with typed inputs and outputs. The UI talks to these, never to sessions."""
