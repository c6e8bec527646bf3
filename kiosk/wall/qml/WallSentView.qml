pragma ComponentBehavior: Bound
// After sending: a warm thank-you and what happens next (on the wall now, or once staff have seen it).
// Leaves by itself after a few seconds.
import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "wall.sent"
    required property var shell
    required property var models
    required property var root
    readonly property var sending: models.wallSend
    readonly property real u: root.u

    // "Your message was sent" reaches a screen-reader user too (kiosk/shell/qml/Kiosk/Announcer.qml).
    Component.onCompleted: Announcer.say(sentTitle.text + " " + sentMessage.text)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: (view.height < 1000 * view.u ? 32 : 72) * view.u  // (short: large text below the visitor's tools)
        spacing: (view.height < 1000 * view.u ? 20 : 40) * view.u

        Item { Layout.fillHeight: true }
        Face {
            mood: "yes"
            Layout.alignment: Qt.AlignHCenter
            // Gives way (down to 96) when the words need the room: large text in landscape, long translations.
            Layout.fillHeight: true
            Layout.minimumHeight: 96 * view.u
            Layout.maximumHeight: 240 * view.u
            Layout.preferredHeight: 240 * view.u
            Layout.preferredWidth: height
        }
        KioskText {
            id: sentTitle
            objectName: "wall.sent.title"
            heading: true
            text: view.sending.outcomeTitle
            u: view.u
            size: Theme.title * 1.2
            font.bold: true
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        KioskText {
            id: sentMessage
            objectName: "wall.sent.message"
            text: view.sending.outcomeText
            u: view.u
            size: Theme.body * 1.25
            Layout.fillWidth: true
            Layout.maximumWidth: 940 * view.u
            Layout.alignment: Qt.AlignHCenter
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            lineHeight: 1.2
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 24 * view.u
            spacing: 28 * view.u
            KioskButton {
                objectName: "wall.sent.wall"
                u: view.u
                fill: Theme.quiet
                ink: Theme.quietInk
                text: qsTr("See the wall")
                onClicked: view.sending.seeWall()
            }
            KioskButton {
                objectName: "wall.sent.done"
                u: view.u
                text: qsTr("Done")
                onClicked: view.sending.done()
            }
        }
        Item { Layout.fillHeight: true }
    }
}
