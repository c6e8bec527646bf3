pragma ComponentBehavior: Bound
// The question with its big answers: a face and a word each.
import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "checkin"
    required property var shell
    required property var models
    required property var root
    readonly property var checkin: models.checkin
    readonly property real u: root.u
    readonly property bool landscape: width > height

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 72 * view.u
        spacing: 48 * view.u

        KioskText {
            objectName: "checkin.question"
            heading: true
            text: qsTr("Did you experience kindness today?")
            u: view.u
            size: Theme.title * 1.15
            font.bold: true
            Layout.fillWidth: true
            Layout.topMargin: view.landscape ? 0 : 80 * view.u
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        KioskText {
            text: qsTr("Tap the face that fits. There is no wrong answer.")
            u: view.u
            size: Theme.body * 1.1
            color: Theme.inkSoft
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Row {
                id: tiles
                anchors.centerIn: parent
                spacing: 36 * view.u
                readonly property int n: Math.max(1, answerRepeater.count)
                readonly property real tileW: Math.min(420 * view.u, (parent.width - spacing * (n - 1)) / n)
                Repeater {
                    id: answerRepeater
                    model: view.checkin.answers
                    AnswerTile {
                        required property string key
                        required property string label
                        objectName: "checkin.answer." + key
                        answerKey: key
                        u: view.u
                        width: tiles.tileW
                        height: Math.min(tiles.tileW * 1.35, tiles.parent.height)
                        text: label
                        onClicked: view.checkin.answer(key)
                    }
                }
            }
        }
        KioskButton {
            objectName: "checkin.back"
            u: view.u
            Layout.alignment: Qt.AlignHCenter
            fill: Theme.quiet
            ink: Theme.quietInk
            text: qsTr("Back to the start")
            onClicked: view.shell.goHome()
        }
    }
}
