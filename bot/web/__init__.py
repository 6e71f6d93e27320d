"""The web endpoints: verification and download links, unsubscribe links, the staff desk."""
