"""The console's frame: the application, the main window and its registry of features,
shortcuts, settings, single instance, the background-op runner, translations, resources."""
