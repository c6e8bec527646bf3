// Signing in to the office: the central database's address, the person's own login name and password (asked
// each time, never kept). A failure is one sentence under the form.
import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    id: page
    required property var office
    property real u: 0.5

    Card {
        anchors.centerIn: parent
        width: Math.min(parent.width - 80, 1100 * page.u)
        height: form.implicitHeight + 120 * page.u
        u: page.u
        ColumnLayout {
            id: form
            anchors.fill: parent
            anchors.margins: 60 * page.u
            spacing: 28 * page.u
            KioskText {
                text: qsTr("Kindness Kiosk — the office")
                heading: true
                u: page.u
                size: Theme.heading
                font.bold: true
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            KioskText {
                text: qsTr("Sign in with your own staff or manager login. Your password is not kept.")
                u: page.u
                color: Theme.inkSoft
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            OfficeField {
                id: url
                objectName: "office.url"
                u: page.u
                label: qsTr("Central database")
                placeholder: "postgresql://db.example.org/kindness"
                text: page.office.centralUrl
                Layout.fillWidth: true
                input.onTextEdited: page.office.setCentralUrl(url.text)
            }
            OfficeField {
                id: name
                objectName: "office.name"
                u: page.u
                label: qsTr("Login name")
                Layout.fillWidth: true
                onAccepted: password.input.forceActiveFocus()
                Component.onCompleted: input.forceActiveFocus()
            }
            OfficeField {
                id: password
                objectName: "office.password"
                u: page.u
                label: qsTr("Password")
                secret: true
                Layout.fillWidth: true
                onAccepted: signIn.clicked()
            }
            KioskText {
                objectName: "office.signInMessage"
                visible: text !== ""
                text: page.office.message
                u: page.u
                font.bold: true
                color: Theme.noticeInk
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }
            OfficeButton {
                id: signIn
                objectName: "office.signIn"
                text: page.office.busy ? qsTr("Signing in…") : qsTr("Sign in")
                enabled: !page.office.busy
                Layout.alignment: Qt.AlignRight
                onClicked: {
                    page.office.signIn(name.text, password.text)
                    password.text = ""  // not kept here either
                }
            }
        }
    }
}
