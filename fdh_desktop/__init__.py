"""fdh-desktop (妇代会换届管理): re-elections of community women's congresses."""

__version__ = "0.1.0"
APP_NAME = "fdh-desktop"
APP_TITLE = "妇代会换届管理"
