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

    // A language written right to left (Arabic, Urdu) mirrors the whole window: anchors, rows, grids and layouts
    // flip on every screen, which inherit it from the window's content (the keyboard turns it off for itself).
    Binding { target: window.contentItem.LayoutMirroring; property: "enabled"; value: window.shell.rightToLeft }
    Binding { target: window.contentItem.LayoutMirroring; property: "childrenInherit"; value: true }

    Backdrop { u: window.u }

    // The visitor's accessibility modes (kiosk/shell/access_modes.py): the theme follows them, and in reach
    // mode every visitor screen is laid out in the part of the window within reach.
    readonly property var access: window.models.access
    Binding { target: Theme; property: "textScale"; value: window.access.textScale }
    Binding { target: Theme; property: "highContrast"; value: window.access.highContrast }
    readonly property real areaTop: height * window.access.reachTop
    readonly property real areaBottom: height * window.access.reachBottom
    // The visitor's tools have a strip of their own above every visitor screen (nothing runs under them).
    readonly property real barSpace: visitorBar.visible ? visitorBar.height + 32 * window.u : 0

    // The notice sits over the top of the screen: declared before the screen (and drawn over it, z) so that a
    // screen reader reads it first, as a sighted visitor sees it first (tests/shell/test_reading_order.py).
    // Made while there is a notice, not before (the first frame has none to show).
    Loader {
        z: 5
        active: window.shell.notice !== ""
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: window.areaTop + 32 * window.u
        width: Math.min(parent.width - 96 * window.u, 1100 * window.u)
        sourceComponent: NoticeBanner {
            u: window.u
            text: window.shell.notice
            onClicked: window.shell.dismissNotice()
        }
    }

    // Each screen is a QML file (ShellViewModel.screenView) given shell, models and this window. The initial
    // properties are one object made once and passed to every setSource: a new object per screen shown is kept
    // by Qt's JavaScript heap for good (about 70 bytes a screen, 260 with a Qt.binding made each time; measured
    // in a soak: benchmarks/soak.py). The models binding is made once too, and re-applied to each new screen.
    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        anchors.topMargin: window.areaTop + window.barSpace
        anchors.bottomMargin: window.height - window.areaBottom
        readonly property var screenProperties: ({ "shell": window.shell, "models": Qt.binding(() => window.models),
                                                   "root": window })
        function showCurrent() {
            setSource(Qt.resolvedUrl(window.shell.screenView), screenProperties)
        }
        Component.onCompleted: showCurrent()
        Connections {
            target: window.shell
            function onScreenChanged() { screenLoader.showCurrent() }
        }
    }

    // What the home screen gives each feature's overlay (HomeView.qml; HomeOverlay.qml): made once, for the same
    // reason as screenProperties. The home screen keeps `homeOverlayArea` (its welcome text's place) up to date.
    property rect homeOverlayArea
    readonly property var homeOverlayProperties: ({ "u": Qt.binding(() => window.u),
                                                    "models": Qt.binding(() => window.models),
                                                    "area": Qt.binding(() => window.homeOverlayArea) })

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
    // The same, in a screen's own coordinates (screens start below the visitor's tools strip and reach's top).
    readonly property real screenKeyboardTop: keyboardTop - screenLoader.y
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

    // The visitor's tools (language, modes, read aloud) on every visitor screen, never on staff screens (staff.* and
    // every screen a signed-in member of staff opens: results, moderation, the poster). Top right in either
    // direction: the top-left corner is the staff gesture's. Read after the screen (and last in Tab's round).
    VisitorBar {
        id: visitorBar
        u: window.u
        shell: window.shell
        models: window.models
        z: 5
        visible: !window.shell.screen.startsWith("staff") && !(window.models.staff?.active ?? false)
        anchors.top: parent.top
        x: parent.width - width - 24 * window.u  // not anchored: an anchor would flip to the left when mirrored
        // Never wider than the window (long words in large text): it shrinks towards its corner instead.
        scale: Math.min(1, (window.width - 48 * window.u) / Math.max(1, visitorBar.implicitWidth))
        transformOrigin: Item.TopRight
        anchors.margins: 24 * window.u
    }

    // Reach mode: the visitor bar comes down into the reachable part too (its place is otherwise the host block's).
    Binding { target: visitorBar; property: "anchors.topMargin"; value: window.areaTop + 24 * window.u }

    // "Do you need more time?" before the idle timeout drops an unfinished flow (kiosk/shell/more_time.py). Made
    // while it asks, not before: the first frame does not pay for a prompt it does not show (its type is compiled
    // with this file, on Qt's loader thread, so showing it only creates it).
    Loader {
        anchors.fill: parent
        z: 8
        active: window.models.moreTime.asking
        sourceComponent: MoreTimePrompt {
            u: window.u
            shell: window.shell
            moreTime: window.models.moreTime
            areaTop: window.areaTop
            areaBottom: window.areaBottom
        }
    }

    // Says what `Announcer.say()` / `Announcer.alert()` are asked to, through Qt's accessibility announcement
    // (an AT-SPI `object:announcement` event: Orca speaks it). See Announcer.qml.
    Item {
        id: announcer
        objectName: "announcer"
        Connections {
            target: Announcer
            function onRequested(message: string, assertive: bool) {
                announcer.Accessible.announce(message, assertive ? Accessible.Assertive : Accessible.Polite)
            }
        }
    }
}
