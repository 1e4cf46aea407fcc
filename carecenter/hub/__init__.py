"""The hub service: the only holder of the hub database's credentials (issue 13).

``identity`` (agents, passwords, device tokens), ``service`` (the HTTP API over
``carecenter.sync.hub.Hub``), ``words`` (its codes in English sentences, for the API's
answers and the command line).
"""
