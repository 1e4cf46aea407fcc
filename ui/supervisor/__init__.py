"""The supervisor's view of the team's figures."""
