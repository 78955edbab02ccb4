"""CoStar Desktop: run co-production workshops offline on a shared Co-Production Star."""

__version__ = "0.1.0"
APP_NAME = "CoStar Desktop"
#: Reverse-DNS identifier shared by the .desktop file, AppStream, the macOS bundle and Windows.
APP_ID = "org.costardesktop.CoStar"
