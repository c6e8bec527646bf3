pragma ComponentBehavior: Bound
// The window: a warm backdrop, the current screen, and a notice banner. Screens load on demand.
import QtQuick
import QtQuick.Window

Window {
    id: window
    required property var shell
    // View models by name (checkin, staff, and each feature's), made the first time a screen needs them.
    readonly property var models: shell.viewModels
    readonly property real u: Math.min(width, height) / 1080
    width: 1080
    height: 1920
    visible: true
    color: Theme.background
    title: qsTr("Kindness Kiosk")

    Backdrop { u: window.u }

    // Each screen is a QML file (ShellViewModel.screenView) given shell, models and this window.
    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        function showCurrent() {
            setSource(Qt.resolvedUrl(window.shell.screenView),
                      { "shell": window.shell, "models": Qt.binding(() => window.models), "root": window })
        }
        Component.onCompleted: showCurrent()
        Connections {
            target: window.shell
            function onScreenChanged() { screenLoader.showCurrent() }
        }
    }

    // The hidden staff gesture: press and hold the top-left corner for three seconds.
    MouseArea {
        id: staffCorner
        objectName: "staff.corner"
        width: 140 * window.u
        height: 140 * window.u
        pressAndHoldInterval: 3000
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Staff access")
        Accessible.onPressAction: window.models.staff.openPin()
        onPressAndHold: window.models.staff.openPin()
    }

    // The on-screen keyboard lives inside the app (kiosk compositors have no keyboard of their own).
    // It is loaded the first time a text field takes focus (it costs ~50 ms at start-up otherwise) and
    // slides up whenever one has focus; screens keep their fields above `keyboardTop`.
    property bool keyboardWanted: false
    readonly property var inputMethod: Qt.inputMethod
    function showKeyboard() { inputMethod.show() }
    onActiveFocusItemChanged: {
        if (activeFocusItem && activeFocusItem.hasOwnProperty("cursorPosition"))
            keyboardWanted = true
    }
    readonly property real keyboardTop: keyboard.panel && keyboard.panel.active ? keyboard.y : height
    Loader {
        id: keyboard
        objectName: "keyboard"
        z: 10
        active: window.keyboardWanted
        width: window.width
        readonly property var panel: item
        y: panel && panel.active ? window.height - panel.height : window.height
        source: "Keyboard.qml"
        onLoaded: window.showKeyboard()
        Behavior on y { NumberAnimation { duration: 180; easing.type: Easing.OutCubic } }
    }

    VisitorBar {
        id: visitorBar
        u: window.u
        shell: window.shell
        models: window.models
        z: 5
        visible: !window.shell.screen.startsWith("staff")
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 24 * window.u
    }

    NoticeBanner {
        u: window.u
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: 32 * window.u
        width: Math.min(parent.width - 96 * window.u, 1100 * window.u)
        text: window.shell.notice
        onClicked: window.shell.dismissNotice()
    }
}
