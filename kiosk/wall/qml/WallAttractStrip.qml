pragma ComponentBehavior: Bound
// The home screen's attract strip: after a minute without a touch, recent cards from the kindness wall
// drift over the welcome text (never over the check-in door). Any touch dismisses it, and a touch on the
// door still opens the door.
import QtQuick
import Kiosk

Item {
    id: attract
    objectName: "home.wallAttract"
    property real u: 1
    property var wall
    property rect area

    // Sees every press first and passes it on to whatever is underneath.
    MouseArea {
        objectName: "home.wallAttract.dismiss"
        anchors.fill: parent
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Show the welcome screen")
        Accessible.onPressAction: attract.wall.dismissAttract()
        onPressed: (mouse) => {
            mouse.accepted = false
            Qt.callLater(attract.wall.dismissAttract)
        }
    }

    Item {
        id: panel
        x: attract.area.x - 24 * attract.u
        y: attract.area.y - 24 * attract.u
        width: attract.area.width + 48 * attract.u
        height: attract.area.height + 48 * attract.u
        opacity: 0
        Component.onCompleted: opacity = 1
        Behavior on opacity { NumberAnimation { duration: 900; easing.type: Easing.InOutQuad } }

        KioskText {
            id: heading
            objectName: "home.wallAttract.title"
            heading: true
            x: 24 * attract.u
            y: 24 * attract.u
            width: panel.width - 48 * attract.u
            text: qsTr("Kind words from our wall")
            u: attract.u
            size: Theme.heading
            font.bold: true
            wrapMode: Text.WordWrap
        }

        ListView {
            id: strip
            objectName: "home.wallAttract.cards"
            x: 24 * attract.u
            y: heading.y + heading.height + 28 * attract.u
            width: panel.width - 48 * attract.u
            height: panel.height - y - 24 * attract.u
            clip: true
            interactive: false
            orientation: ListView.Horizontal
            snapMode: ListView.SnapOneItem
            highlightRangeMode: ListView.StrictlyEnforceRange
            highlightMoveDuration: 1200
            spacing: 48 * attract.u
            cacheBuffer: 0
            property bool ready: false  // the model comes once the strip exists (see WallView)
            model: ready ? attract.wall.cards : null
            Component.onCompleted: Qt.callLater(() => { strip.ready = true })
            delegate: Item {
                id: slot
                required property int index
                required property string text
                required property string when
                required property bool pinned
                width: strip.width
                height: strip.height
                WallCard {
                    u: attract.u
                    x: 6 * attract.u
                    y: Math.max(0, (slot.height - height) / 3)
                    width: slot.width - 14 * attract.u
                    height: implicitHeight
                    textSize: 40
                    maxLines: Math.max(2, Math.floor((slot.height - 200 * attract.u) / (46 * attract.u)))
                    message: slot.text
                    when: slot.when
                    pinned: slot.pinned
                    tint: slot.index
                }
            }
            Timer {
                interval: 8000
                repeat: true
                running: strip.count > 1
                onTriggered: strip.currentIndex = (strip.currentIndex + 1) % Math.min(strip.count, 12)
            }
        }
    }
}
