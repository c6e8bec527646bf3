pragma ComponentBehavior: Bound
// Staff mode: one button per staff tool (listings, wall moderation, …) and a clear way out.
import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "staff"
    required property var shell
    required property var models
    required property var root
    readonly property var staff: models.staff
    readonly property var signIn: models.staffSignIn
    readonly property real u: root.u

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 72 * view.u
        spacing: 36 * view.u

        KioskText {
            text: qsTr("Staff mode")
            heading: true
            u: view.u
            size: Theme.title
            font.bold: true
            Layout.fillWidth: true
        }
        KioskText {
            objectName: "staff.note"
            visible: text !== ""
            text: view.staff.note
            u: view.u
            size: Theme.body
            font.bold: true
            color: Theme.yes
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        KioskText {
            text: qsTr("Visitors cannot see these screens. Staff mode ends when you leave or after a short time without a touch.")
            u: view.u
            color: Theme.inkSoft
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        KioskText {
            // other features' words for staff, e.g. the disk is nearly full
            objectName: "staff.notices"
            visible: text !== ""
            text: view.staff.notices
            u: view.u
            font.bold: true
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        KioskText {
            objectName: "staff.sync"
            visible: text !== ""
            text: view.staff.syncProblem
            u: view.u
            font.bold: true
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        KioskButton {
            // which of the kiosk's languages "Read to me" has a voice for (kiosk.shell.read_aloud_model); a tap
            // checks, as the speech engine is only made when someone first needs it
            objectName: "staff.voices"
            visible: view.models.readAloud !== undefined
            u: view.u
            Layout.fillWidth: true
            fill: Theme.quiet
            ink: Theme.quietInk
            text: view.models.readAloud ? view.models.readAloud.voiceSummary : ""
            onClicked: view.models.readAloud.checkVoices()
        }
        KioskButton {
            // a person's own central login sends the decisions made here to the other kiosks
            objectName: "staff.signin.open"
            visible: view.signIn.available
            u: view.u
            Layout.fillWidth: true
            fill: view.signIn.waiting > 0 && view.signIn.signedInAs === "" ? Theme.accent : Theme.quiet
            ink: view.signIn.waiting > 0 && view.signIn.signedInAs === "" ? Theme.accentInk : Theme.quietInk
            text: view.signIn.line
            onClicked: view.signIn.open()
        }
        KioskText {
            visible: toolRepeater.count === 0
            text: qsTr("No staff tools are installed on this kiosk yet.")
            u: view.u
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        GridLayout {
            Layout.fillWidth: true
            columns: view.width > view.height ? 2 : 1
            columnSpacing: 32 * view.u
            rowSpacing: 32 * view.u
            Repeater {
                id: toolRepeater
                model: view.staff.tools
                KioskButton {
                    required property string key
                    required property string label
                    required property string hint
                    objectName: "staff.tool." + key
                    u: view.u
                    Layout.fillWidth: true
                    Layout.preferredHeight: 180 * view.u
                    text: label
                    subtitle: hint
                    onClicked: view.staff.openTool(key)
                }
            }
        }
        Item { Layout.fillHeight: true }
        KioskButton {
            objectName: "staff.leave"
            u: view.u
            Layout.alignment: Qt.AlignHCenter
            fill: Theme.quiet
            ink: Theme.quietInk
            text: qsTr("Leave staff mode")
            onClicked: view.staff.leave()
        }
    }
}
