"""Qt Quick user interface: QML views (qml/), thin view models, the app shell. Qt lives only here."""
