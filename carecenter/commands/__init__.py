"""Sub-commands of ``carecenter``: each module has ``register(subparsers)``."""
