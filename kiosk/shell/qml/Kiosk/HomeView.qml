pragma ComponentBehavior: Bound
// Welcome: the site's name, today's date, a friendly line and a big door to each feature.
import QtQuick
import QtQuick.Layouts

Item {
    id: view
    objectName: "home"
    required property var shell
    required property var models
    required property var root
    readonly property real u: root.u
    readonly property bool landscape: width > height
    // Upright but short (reach mode lays the screen out in the reachable part only), or words too long for the
    // screen (a long translation, large text): the welcome keeps its greeting, name and date, the door its
    // words; the longer sentence and the faces give way, and the name gets smaller.
    readonly property bool shortScreen: landscape ? Theme.textScale > 1 && height < 1000 * u : height < 1500 * u
    readonly property bool compact: shortScreen || fullHeight > height
    // The height the full (not compact) layout needs, from the heights of its words (which do not depend on
    // `compact`: the full-size name and the longer sentence are measured by the two hidden texts below).
    readonly property real fullWelcome: greetingText.implicitHeight + fullTitle.implicitHeight
                                        + dateText.implicitHeight + 8 * u + fullSentence.implicitHeight + 4 * 28 * u
    readonly property real fullDoors: doorQuestion.implicitHeight + doorHint.implicitHeight + 104 * u + 2 * 28 * u
                                      + 48 * u + (doorGrid.visible ? doorGrid.height + 28 * u : 0)
                                      + footnote.implicitHeight + 28 * u + (landscape ? 2 * 28 * u : 0)  // (centring)
    // A column's width (the welcome's; the doors' in landscape), worked out rather than read from the layout, so
    // `compact` never waits on the layout it changes.
    readonly property real columnWidth: {
        const margins = 2 * (shortScreen ? 48 : 72) * u
        return Math.max(0, landscape ? (width - margins - 72 * u) / 2 : width - margins)
    }
    readonly property real fullHeight: (24 + (shortScreen ? 48 : 72)) * u + (landscape ? Math.max(fullWelcome, fullDoors)
                                                                   : fullWelcome + 48 * u + fullDoors)

    function greeting() {
        if (shell.partOfDay === "morning") return qsTr("Good morning")
        if (shell.partOfDay === "afternoon") return qsTr("Good afternoon")
        return qsTr("Good evening")
    }

    property bool overlayCovering: false

    // Overlays that features put over the home screen (the kindness wall's attract strip): each gets the
    // welcome text's area, which it may cover; the doors stay free. Declared before the welcome and the doors
    // (and drawn over them, z) so that a screen reader reads the overlay where a sighted visitor sees it:
    // in the welcome's place, before the doors (tests/shell/test_reading_order.py).
    Repeater {
        model: view.shell.homeOverlays
        delegate: Loader {
            id: overlay
            required property string modelData
            z: 1
            width: view.width
            height: view.height
            Binding {
                target: view
                property: "overlayCovering"
                value: (overlay.item as HomeOverlay)?.covering ?? false
                when: overlay.status === Loader.Ready
            }
            // The window's one object of overlay properties (Main.qml: a new object per home screen shown would
            // be kept by Qt's JavaScript heap for good); its `area` follows the binding below.
            Component.onCompleted: setSource(overlay.modelData, view.root.homeOverlayProperties)
        }
    }
    Binding {
        target: view.root
        property: "homeOverlayArea"
        value: Qt.rect(homeGrid.x + welcome.x, homeGrid.y + welcome.y, welcome.width, welcome.height)
    }

    GridLayout {
        id: homeGrid
        anchors.fill: parent
        anchors.margins: (view.shortScreen ? 48 : 72) * view.u  // (not `compact`: the widths it is measured at stay)
        anchors.topMargin: 24 * view.u  // the visitor's tools strip above already leaves room
        anchors.bottomMargin: (view.compact ? 48 : 72) * view.u
        columns: view.landscape ? 2 : 1
        columnSpacing: 72 * view.u
        rowSpacing: 48 * view.u

        ColumnLayout {
            id: welcome
            // A feature's overlay (the wall's cards) shows in its place. Qt takes an item of opacity 0 out of the
            // accessibility tree, but not its children: each text below leaves it itself while covered.
            opacity: view.overlayCovering ? 0 : 1
            Behavior on opacity { NumberAnimation { duration: 700; easing.type: Easing.InOutQuad } }
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignVCenter
            spacing: 28 * view.u

            KioskText {
                id: greetingText
                Accessible.ignored: view.overlayCovering  // hidden under an overlay: not read either
                objectName: "home.greeting"
                text: view.greeting()
                u: view.u
                size: Theme.heading
                color: Theme.inkSoft
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            KioskText {
                id: titleText
                Accessible.ignored: view.overlayCovering  // hidden under an overlay: not read either
                objectName: "home.title"
                heading: true
                text: qsTr("Welcome to %1").arg(view.shell.siteName)
                u: view.u
                size: view.compact ? Theme.heading : fullTitle.size
                font.bold: true
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                lineHeight: 1.05
            }
            KioskText {
                id: dateText
                Accessible.ignored: view.overlayCovering  // hidden under an overlay: not read either
                objectName: "home.date"
                text: view.shell.today
                u: view.u
                size: Theme.body * 1.15
                color: Theme.inkSoft
                Layout.fillWidth: true
            }
            Rectangle {
                Layout.preferredWidth: 120 * view.u
                Layout.preferredHeight: 8 * view.u
                radius: height / 2
                color: Theme.accent
            }
            KioskText {
                id: sentence
                objectName: "home.sentence"
                Accessible.ignored: view.overlayCovering  // hidden under an overlay: not read either
                visible: !view.compact
                // The site's own welcome line (site.welcome, maybe from the centre), else the kiosk's own sentence.
                text: view.shell.welcome !== "" ? view.shell.welcome
                                                : qsTr("Take a seat, have a look around, and ask us anything. We are glad you are here.")
                u: view.u
                size: Theme.body * 1.1
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                lineHeight: 1.2
            }
            // Landscape, compact: the line under the doors moves here, where there is room.
            KioskText {
                id: footnoteInWelcome
                visible: view.landscape && view.compact
                text: footnote.text
                u: view.u
                size: Theme.small
                color: Theme.inkSoft
                Layout.fillWidth: true
                Layout.topMargin: 20 * view.u
                wrapMode: Text.WordWrap
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            spacing: 28 * view.u

            Item { Layout.fillHeight: view.landscape }  // (centred in landscape; the door gives way first)
            KioskButton {
                id: door
                objectName: "home.checkin"
                u: view.u
                Layout.fillWidth: true
                // As tall as the screen allows up to its full height; never shorter than its words (large text).
                Layout.fillHeight: true
                Layout.preferredHeight: (view.landscape ? 560 : 720) * view.u
                Layout.maximumHeight: Layout.preferredHeight
                Layout.minimumHeight: doorContent.implicitHeight + 48 * view.u
                fill: Theme.accent
                ink: Theme.accentInk
                text: qsTr("Did you experience kindness today?")
                subtitle: qsTr("Tap to answer. One touch, no names.")
                onClicked: view.shell.openCheckin()
                contentItem: ColumnLayout {
                    id: doorContent
                    spacing: 0  // (the spacers above and below take no gap of their own: compact needs the room)
                    Item { Layout.fillHeight: true }
                    Row {
                        visible: !view.compact
                        Layout.alignment: Qt.AlignHCenter
                        Layout.bottomMargin: 28 * view.u
                        spacing: 24 * view.u
                        // Three faces, written out rather than a Repeater over a JavaScript array (see Face.qml).
                        Face { mood: "yes"; width: 104 * view.u; height: width }
                        Face { mood: "not_sure"; width: 104 * view.u; height: width }
                        Face { mood: "no"; width: 104 * view.u; height: width }
                    }
                    KioskText {
                        id: doorQuestion
                        Layout.fillWidth: true
                        Layout.leftMargin: 40 * view.u
                        Layout.rightMargin: 40 * view.u
                        text: qsTr("Did you experience kindness today?")
                        u: view.u
                        size: Theme.title
                        font.bold: true
                        color: Theme.accentInk
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        Accessible.ignored: true  // said by the door (its accessible name)
                    }
                    KioskText {
                        id: doorHint
                        Layout.fillWidth: true
                        Layout.topMargin: 28 * view.u
                        text: qsTr("Tap to answer. One touch, no names.")
                        u: view.u
                        color: Theme.accentInk
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        Accessible.ignored: true  // said by the door (its description)
                    }
                    Item { Layout.fillHeight: true }
                }
            }
            GridLayout {
                id: doorGrid
                objectName: "home.doors"
                visible: doorRepeater.count > 0
                Layout.fillWidth: true
                columns: Math.max(1, doorRepeater.count)
                columnSpacing: 28 * view.u
                Repeater {
                    id: doorRepeater
                    model: view.shell.doors
                    KioskButton {
                        required property string key
                        required property string label
                        required property string hint
                        objectName: "home." + key
                        u: view.u
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(200 * view.u, implicitHeight)
                        fill: Theme.surface
                        ink: Theme.ink
                        text: label
                        subtitle: hint
                        onClicked: view.shell.openDoor(key)
                    }
                }
            }
            KioskText {
                id: footnote
                visible: !footnoteInWelcome.visible
                text: qsTr("Your answer is anonymous. It helps us make this a kinder place.")
                u: view.u
                size: Theme.small
                color: Theme.inkSoft
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            Item { Layout.fillHeight: view.landscape }
        }
    }

    // Never shown: the name at its full size and the longer sentence, as wide as the welcome, measured for
    // `fullHeight` whether or not the screen is compact.
    KioskText {
        id: fullTitle
        visible: false
        width: view.columnWidth
        text: titleText.text
        u: view.u
        // The display size, as the door's question (not larger: Qt's software renderer draws text over 64 px as
        // outlines, letter by letter, which cost the first frame ≈ 19 M instructions, ≈ 5 ms, for this name alone;
        // from its glyph cache it costs next to nothing: benchmarks/startup_instructions.py).
        size: Theme.title
        font.bold: true
        wrapMode: Text.WordWrap
        lineHeight: 1.05
        Accessible.ignored: true  // never shown
    }
    KioskText {
        id: fullSentence
        visible: false
        width: view.columnWidth
        text: sentence.text
        u: view.u
        size: Theme.body * 1.1
        wrapMode: Text.WordWrap
        lineHeight: 1.2
        Accessible.ignored: true  // never shown
    }
}
