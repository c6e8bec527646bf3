pragma ComponentBehavior: Bound
// The staff pulse: "Did you experience kindness at work today?" as staff mode opens — one tap, no names,
// always skippable. Each answer, Skip and "I've already answered today" go on into staff mode.
import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "staff.pulse"
    required property var shell
    required property var models
    required property var root
    readonly property var pulse: models.staffPulse
    readonly property real u: root.u
    readonly property bool landscape: width > height

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 72 * view.u
        spacing: (view.landscape ? 28 : 44) * view.u

        Item { Layout.fillHeight: true }
        KioskText {
            objectName: "staff.pulse.welcome"
            text: qsTr("Welcome to staff mode")
            u: view.u
            size: Theme.body
            color: Theme.inkSoft
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        KioskText {
            objectName: "staff.pulse.question"
            heading: true
            text: qsTr("Did you experience kindness at work today?")
            u: view.u
            size: Theme.title
            font.bold: true
            Layout.fillWidth: true
            Layout.maximumWidth: 1400 * view.u
            Layout.alignment: Qt.AlignHCenter
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        KioskText {
            objectName: "staff.pulse.promise"
            text: qsTr("One tap, and no names. Your answer is kept with the site and the date only, and shown only as a monthly count.")
            u: view.u
            size: Theme.body
            color: Theme.inkSoft
            Layout.fillWidth: true
            Layout.maximumWidth: 1100 * view.u
            Layout.alignment: Qt.AlignHCenter
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            lineHeight: 1.15
        }
        Row {
            id: tiles
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 12 * view.u
            spacing: 32 * view.u
            readonly property real tileW: Math.min(340 * view.u, (view.width - 144 * view.u - 2 * spacing) / 3)
            Repeater {
                model: [
                    { key: "yes", label: qsTr("Yes") },
                    { key: "not_sure", label: qsTr("Not sure") },
                    { key: "no", label: qsTr("No") }
                ]
                KioskButton {
                    id: tile
                    required property var modelData
                    objectName: "staff.pulse.answer." + modelData.key
                    u: view.u
                    width: tiles.tileW
                    height: tiles.tileW * (view.landscape ? 0.95 : 1.25)
                    corner: Theme.radius * 1.4
                    fill: Theme.answerColor(modelData.key)
                    ink: Theme.tileInk
                    text: modelData.label
                    enabled: !view.pulse.busy
                    onClicked: view.pulse.answer(modelData.key)
                    contentItem: Item {
                        Face {
                            mood: tile.modelData.key
                            width: Math.min(parent.width * 0.62, parent.height - word.height - 48 * tile.u)
                            height: width
                            anchors.horizontalCenter: parent.horizontalCenter
                            anchors.bottom: word.top
                            anchors.bottomMargin: 16 * tile.u
                        }
                        KioskText {
                            id: word
                            anchors.horizontalCenter: parent.horizontalCenter
                            anchors.bottom: parent.bottom
                            anchors.bottomMargin: 20 * tile.u
                            width: parent.width
                            text: tile.text
                            u: tile.u
                            size: Theme.heading * 0.85
                            font.bold: true
                            color: tile.ink
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                            Accessible.ignored: true  // said by the tile (its accessible name)
                        }
                    }
                }
            }
        }
        Flow {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(view.width - 144 * view.u, skipButton.implicitWidth + alreadyButton.implicitWidth + spacing)
            Layout.topMargin: 12 * view.u
            spacing: 32 * view.u
            KioskButton {
                id: skipButton
                objectName: "staff.pulse.skip"
                u: view.u
                fill: Theme.quiet
                ink: Theme.quietInk
                text: qsTr("Skip")
                enabled: !view.pulse.busy
                onClicked: view.pulse.skip()
            }
            KioskButton {
                id: alreadyButton
                objectName: "staff.pulse.already"
                u: view.u
                fill: Theme.quiet
                ink: Theme.quietInk
                text: qsTr("I've already answered today")
                enabled: !view.pulse.busy
                onClicked: view.pulse.alreadyAnswered()
            }
        }
        Item { Layout.fillHeight: true }
    }
}
