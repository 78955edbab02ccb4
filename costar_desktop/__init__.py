"""CoStar Desktop: run co-production workshops offline on a shared Co-Production Star."""

__version__ = "0.1.0"
APP_NAME = "CoStar Desktop"
