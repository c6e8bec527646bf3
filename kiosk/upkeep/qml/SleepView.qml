// The sleeping screen outside opening hours: dark and calm, a few dim words, and the whole screen a button
// that wakes the kiosk (kiosk.upkeep.sleep_model).
import QtQuick
import Kiosk

Rectangle {
    id: view
    objectName: "sleep"
    required property var shell
    required property var models
    required property var root
    readonly property var sleep: models.sleep
    readonly property real u: root.u
    color: "#0b0d10"

    MouseArea {
        objectName: "sleep.wake"
        anchors.fill: parent
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Wake the kiosk")
        Accessible.onPressAction: view.sleep.wake()
        onClicked: view.sleep.wake()
    }

    Column {
        anchors.centerIn: parent
        width: parent.width - 192 * view.u
        spacing: 32 * view.u

        KioskText {
            objectName: "sleep.closed"
            text: qsTr("Closed now")
            heading: true
            u: view.u
            size: Theme.title
            color: "#b8c0cc"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        KioskText {
            objectName: "sleep.opens"
            visible: text !== ""
            text: view.sleep.opens
            u: view.u
            color: "#b8c0cc"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        KioskText {
            text: qsTr("Touch the screen to use the kiosk.")
            u: view.u
            size: Theme.small
            color: "#9aa3b0"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }
}
