pragma ComponentBehavior: Bound
// The preview: the message on a card exactly as the wall will show it (plain text), then Send or Change it.
import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "wall.preview"
    required property var shell
    required property var models
    required property var root
    readonly property var compose: models.wallCompose
    readonly property real u: root.u
    readonly property bool landscape: width > height

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 72 * view.u
        spacing: 40 * view.u

        Item { Layout.fillHeight: true }
        KioskText {
            objectName: "wall.preview.title"
            heading: true
            text: qsTr("This is how it will look on the wall")
            u: view.u
            size: Theme.heading
            font.bold: true
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        WallCard {
            objectName: "wall.preview.card"
            u: view.u
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(parent.width, 1100 * view.u)
            Layout.preferredHeight: implicitHeight
            message: view.compose.preview
            when: qsTr("Today")
            tint: 1
        }
        KioskText {
            objectName: "wall.preview.note"
            visible: text !== ""
            text: view.compose.cleanedNote
            u: view.u
            size: Theme.small
            color: Theme.inkSoft
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: 1100 * view.u
            Layout.fillWidth: true
            spacing: 28 * view.u
            KioskButton {
                objectName: "wall.preview.edit"
                u: view.u
                Layout.fillWidth: true
                fill: Theme.quiet
                ink: Theme.quietInk
                text: qsTr("Change it")
                onClicked: view.compose.edit()
            }
            KioskButton {
                objectName: "wall.preview.send"
                u: view.u
                Layout.fillWidth: true
                enabled: view.compose.canSend
                text: qsTr("Send")
                onClicked: view.compose.send()
            }
        }
        Item { Layout.fillHeight: true }
    }
}
