"""One module per page: recipients, template, send (live dashboard), campaigns."""
