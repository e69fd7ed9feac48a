"""xenpool-wizard: build a XenServer / XCP-ng pool with shared iSCSI storage and HA."""

__version__ = "0.1.0"
