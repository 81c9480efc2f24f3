"""Nothing lost: backups, restore, the doctor, and recovery of a damaged library (issue 14)."""
