"""The plugin host: hook specifications, what plugins register, the registry, declared vocabularies."""
