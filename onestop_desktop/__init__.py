"""onestop-desktop: counter software for a ward's one-stop office (Bộ phận Một cửa)."""

__version__ = "0.1.0"
APP_NAME = "onestop-desktop"
APP_AUTHOR = "onestop"
