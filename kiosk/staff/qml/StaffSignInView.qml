pragma ComponentBehavior: Bound
// Staff mode: a member of staff signs in with their own central login, so the decisions made on this kiosk
// (approve, pin, hide a wall message; listing edits) reach the other kiosks. The password is typed on the
// in-app keyboard, never shown, and handed straight to the sync; it is forgotten when staff mode ends.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "staff.signin"
    required property var shell
    required property var models
    required property var root
    readonly property var signIn: models.staffSignIn
    readonly property real u: root.u

    function send() {
        const password = passwordField.text
        passwordField.clear()  // the screen never keeps it
        view.signIn.send(userField.text, password)
    }

    component LoginField: TextField {
        id: box
        Layout.fillWidth: true
        Layout.preferredHeight: 96 * view.u
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhPreferLowercase
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body * view.u
        color: Theme.ink
        placeholderTextColor: Theme.inkSoft
        leftPadding: 24 * view.u
        rightPadding: 24 * view.u
        enabled: !view.signIn.busy
        Accessible.role: Accessible.EditableText
        background: Rectangle {
            radius: 18 * view.u
            color: Theme.surface
            border.width: (box.activeFocus ? 5 : 3) * view.u
            border.color: box.activeFocus ? Theme.focus : Theme.inkSoft
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 72 * view.u
        spacing: 28 * view.u

        KioskText {
            text: qsTr("Sign in to send decisions")
            heading: true
            u: view.u
            size: Theme.title
            font.bold: true
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        KioskText {
            text: qsTr("Use your own staff login for the central database (not the kiosk's PIN). What you decide in staff mode then reaches the other kiosks of this site. You are signed out when staff mode ends.")
            u: view.u
            color: Theme.inkSoft
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        KioskText {
            text: qsTr("User name")
            u: view.u
            size: Theme.small
            font.bold: true
            Layout.fillWidth: true
        }
        LoginField {
            id: userField
            objectName: "staff.signin.user"
            Accessible.name: qsTr("User name")
            onAccepted: passwordField.forceActiveFocus()
        }
        KioskText {
            text: qsTr("Password")
            u: view.u
            size: Theme.small
            font.bold: true
            Layout.fillWidth: true
        }
        LoginField {
            id: passwordField
            objectName: "staff.signin.password"
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhHiddenText | Qt.ImhSensitiveData | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Password")
            Accessible.passwordEdit: true
            onAccepted: view.send()
        }
        KioskText {
            objectName: "staff.signin.message"
            visible: text !== ""
            text: view.signIn.message
            u: view.u
            font.bold: true
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 32 * view.u
            KioskButton {
                objectName: "staff.signin.cancel"
                u: view.u
                Layout.fillWidth: true
                fill: Theme.quiet
                ink: Theme.quietInk
                text: view.signIn.signedInAs !== "" ? qsTr("Back to staff mode") : qsTr("Cancel")
                onClicked: view.signIn.cancel()
            }
            KioskButton {
                objectName: "staff.signin.send"
                u: view.u
                Layout.fillWidth: true
                enabled: !view.signIn.busy
                text: qsTr("Send")
                onClicked: view.send()
            }
        }
        Item { Layout.fillHeight: true }
    }
}
