"""Training Registry: the register of a training centre's participants, courses and certificates."""

__version__ = "0.1.0"
APP_NAME = "Training Registry"
APP_ID = "training-registry"
