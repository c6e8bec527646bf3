<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AccessButton</name>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/AccessButton.qml" line="14"/>
        <source>Easier to see</source>
        <translation type="unfinished">Lepiej widać</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/AccessButton.qml" line="15"/>
        <source>Large text, high contrast, and buttons within reach</source>
        <translation type="unfinished">Duży tekst, wysoki kontrast i przyciski w zasięgu ręki</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/AccessButton.qml" line="27"/>
        <source>Aa</source>
        <extracomment>Two sample letters on the accessibility button (a capital and a small one), in your own script</extracomment>
        <translation type="unfinished">Aa</translation>
    </message>
</context>
<context>
    <name>AccessPanel</name>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/AccessPanel.qml" line="52"/>
        <source>Make it easier to see and reach</source>
        <translation type="unfinished">Ułatw widzenie i sięganie</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/AccessPanel.qml" line="62"/>
        <source>Large text</source>
        <translation type="unfinished">Duży tekst</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/AccessPanel.qml" line="63"/>
        <source>All the words one and a half times as big</source>
        <translation type="unfinished">Wszystkie słowa półtora raza większe</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/AccessPanel.qml" line="71"/>
        <source>High contrast</source>
        <translation type="unfinished">Wysoki kontrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/AccessPanel.qml" line="72"/>
        <source>Black on white and yellow, with strong outlines</source>
        <translation type="unfinished">Czarne na białym i żółtym, z wyraźnymi obramowaniami</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/AccessPanel.qml" line="80"/>
        <source>Within reach</source>
        <translation type="unfinished">W zasięgu ręki</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/AccessPanel.qml" line="82"/>
        <source>This whole screen is already within reach, 380 to 1220 mm above the floor. Nothing needs to move.</source>
        <translation type="unfinished">Cały ekran jest już w zasięgu ręki, od 380 do 1220 mm nad podłogą. Nic nie trzeba przesuwać.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/AccessPanel.qml" line="84"/>
        <source>Too little of this screen is within reach where it is mounted. Please ask a member of staff to help.</source>
        <translation type="unfinished">Tam, gdzie wisi ten ekran, zbyt mała jego część jest w zasięgu ręki. Prosimy poprosić kogoś z personelu o pomoc.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/AccessPanel.qml" line="85"/>
        <source>Every button moves down into the lower part of the screen, 380 to 1220 mm above the floor.</source>
        <translation type="unfinished">Wszystkie przyciski przesuwają się na dolną część ekranu, od 380 do 1220 mm nad podłogą.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/AccessPanel.qml" line="91"/>
        <source>These go back to normal when you leave.</source>
        <translation type="unfinished">Gdy odejdziesz, wszystko wróci do zwykłego wyglądu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/AccessPanel.qml" line="103"/>
        <source>Done</source>
        <translation type="unfinished">Gotowe</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../kiosk/checkin/qml/CheckInView.qml" line="25"/>
        <source>Did you experience kindness today?</source>
        <translation type="unfinished">Czy spotkała Cię dziś życzliwość?</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/CheckInView.qml" line="35"/>
        <source>Tap the face that fits. There is no wrong answer.</source>
        <translation type="unfinished">Dotknij buźki, która pasuje. Nie ma złych odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/CheckInView.qml" line="75"/>
        <source>Back to the start</source>
        <translation type="unfinished">Wróć na początek</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="67"/>
        <source>Sorry — that did not save. Please try again, or let a member of staff know.</source>
        <translation type="unfinished">Przepraszamy — nie udało się zapisać. Prosimy spróbować ponownie albo powiedzieć o tym komuś z personelu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="69"/>
        <source>Thank you — we already have your answer.</source>
        <translation type="unfinished">Dziękujemy — mamy już Twoją odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="71"/>
        <source>The kiosk needs a member of staff to check its settings.</source>
        <translation type="unfinished">Ktoś z personelu musi sprawdzić ustawienia kiosku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="73"/>
        <source>The kiosk could not reach the central database. It will try again by itself.</source>
        <translation type="unfinished">Kiosk nie mógł połączyć się z centralną bazą danych. Spróbuje ponownie sam.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="75"/>
        <source>This kiosk&apos;s storage is full, so it cannot save anything more. Please free some space on it (old log files or photos) or replace its storage card. Answers already stored are kept.</source>
        <translation type="unfinished">Pamięć kiosku jest pełna, więc nie może on niczego więcej zapisać. Zwolnij w nim trochę miejsca (stare pliki dziennika lub zdjęcia) albo wymień kartę pamięci. Zapisane już odpowiedzi pozostają.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="80"/>
        <source>This kiosk has been switched off at the central database (revoked), so it cannot send answers. If that was a mistake, ask an administrator to add it again and copy its new password file to this kiosk. Answers are kept here meanwhile.</source>
        <translation type="unfinished">Ten kiosk został wyłączony w centralnej bazie danych (odwołany), więc nie może wysyłać odpowiedzi. Jeśli to pomyłka, poproś administratora, by dodał go ponownie i skopiował do kiosku jego nowy plik z hasłem. Do tego czasu odpowiedzi są przechowywane w kiosku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="84"/>
        <source>The central database did not accept this kiosk&apos;s password. Ask an administrator for this kiosk&apos;s current password file and copy it to the kiosk. Answers are kept here meanwhile.</source>
        <translation type="unfinished">Centralna baza danych nie przyjęła hasła tego kiosku. Poproś administratora o aktualny plik z hasłem tego kiosku i skopiuj go do kiosku. Do tego czasu odpowiedzi są przechowywane w kiosku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="88"/>
        <source>This kiosk has no password for the central database. Ask an administrator for its password file. Answers are kept here meanwhile.</source>
        <translation type="unfinished">Ten kiosk nie ma hasła do centralnej bazy danych. Poproś administratora o jego plik z hasłem. Do tego czasu odpowiedzi są przechowywane w kiosku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="91"/>
        <source>This kiosk could not confirm it is talking to the real central database: the server&apos;s certificate has expired or is not trusted. Ask an administrator to renew the certificate or to install the organisation&apos;s root certificate on this kiosk. Answers are kept here meanwhile.</source>
        <translation type="unfinished">Ten kiosk nie mógł potwierdzić, że łączy się z prawdziwą centralną bazą danych: certyfikat serwera wygasł lub nie jest zaufany. Poproś administratora o odnowienie certyfikatu albo o zainstalowanie w kiosku certyfikatu głównego organizacji. Do tego czasu odpowiedzi są przechowywane w kiosku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="96"/>
        <source>The central database does not offer an encrypted connection, and this kiosk sends answers only encrypted. Ask an administrator to switch on TLS on the database server. Answers are kept here meanwhile.</source>
        <translation type="unfinished">Centralna baza danych nie oferuje szyfrowanego połączenia, a ten kiosk wysyła odpowiedzi tylko w postaci zaszyfrowanej. Poproś administratora o włączenie TLS na serwerze bazy danych. Do tego czasu odpowiedzi są przechowywane w kiosku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="100"/>
        <source>The central database&apos;s disk is full. Ask an administrator to free space on the database server. Answers are kept here meanwhile.</source>
        <translation type="unfinished">Dysk centralnej bazy danych jest pełny. Poproś administratora o zwolnienie miejsca na serwerze bazy danych. Do tego czasu odpowiedzi są przechowywane w kiosku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="103"/>
        <source>The central database refused this kiosk&apos;s answers. The kiosk may have been revoked or its account changed: ask an administrator to check it. Answers are kept here meanwhile.</source>
        <translation type="unfinished">Centralna baza danych odrzuciła odpowiedzi tego kiosku. Kiosk mógł zostać odwołany albo zmieniono jego konto: poproś administratora o sprawdzenie. Do tego czasu odpowiedzi są przechowywane w kiosku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="107"/>
        <source>The central database is not ready for this kiosk. Ask an administrator to check the kiosk&apos;s sync settings. Answers are kept here meanwhile.</source>
        <translation type="unfinished">Centralna baza danych nie jest gotowa na ten kiosk. Poproś administratora o sprawdzenie ustawień synchronizacji kiosku. Do tego czasu odpowiedzi są przechowywane w kiosku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="110"/>
        <source>This kiosk&apos;s settings would send answers without a checked encrypted connection, so it does not send them. Ask an administrator to use sslmode=verify-full. Answers are kept here meanwhile.</source>
        <translation type="unfinished">Ustawienia tego kiosku wysyłałyby odpowiedzi bez sprawdzonego, szyfrowanego połączenia, więc kiosk ich nie wysyła. Poproś administratora o użycie sslmode=verify-full. Do tego czasu odpowiedzi są przechowywane w kiosku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="114"/>
        <source>This kiosk&apos;s settings have a password inside the central database&apos;s address. Ask an administrator to move it to the password file. Answers are kept here meanwhile.</source>
        <translation type="unfinished">W ustawieniach tego kiosku hasło jest wpisane w adresie centralnej bazy danych. Poproś administratora o przeniesienie go do pliku z hasłem. Do tego czasu odpowiedzi są przechowywane w kiosku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="117"/>
        <source>The password file %1 can be read by others, so this kiosk does not use it. Ask an administrator to run: chmod 600 %1</source>
        <translation type="unfinished">Plik z hasłem %1 mogą czytać inni, więc ten kiosk go nie używa. Poproś administratora o uruchomienie: chmod 600 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="121"/>
        <source>That file is not a photo. Please choose a JPEG, PNG or WebP picture.</source>
        <translation type="unfinished">Ten plik nie jest zdjęciem. Wybierz obraz JPEG, PNG lub WebP.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="123"/>
        <source>That photo file is damaged or incomplete — it may not have finished copying. Please copy it again and try once more.</source>
        <translation type="unfinished">Plik zdjęcia jest uszkodzony lub niepełny — może nie skończył się kopiować. Skopiuj go jeszcze raz i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="126"/>
        <source>That picture is far too large to use here. Please choose a smaller copy (for example, one sent by email or saved for the web).</source>
        <translation type="unfinished">To zdjęcie jest o wiele za duże. Wybierz mniejszą kopię (na przykład wysłaną e-mailem lub zapisaną do internetu).</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="129"/>
        <source>This kind of picture (for example HEIC from an iPhone, or GIF) cannot be used on this kiosk. Please save it as JPEG or PNG and try again.</source>
        <translation type="unfinished">Tego rodzaju obrazu (na przykład HEIC z iPhone’a albo GIF) nie można użyć w tym kiosku. Zapisz go jako JPEG lub PNG i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="132"/>
        <source>That photo could not be read. Is the USB stick still plugged in? Please try again.</source>
        <translation type="unfinished">Nie udało się odczytać zdjęcia. Czy pamięć USB jest nadal podłączona? Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="135"/>
        <source>Someone else changed this first. Your change was kept aside for you to look at.</source>
        <translation type="unfinished">Ktoś inny zmienił to wcześniej. Twoja zmiana została odłożona, aby można ją było przejrzeć.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="137"/>
        <source>That message has changed meanwhile. The list is up to date now.</source>
        <translation type="unfinished">Ta wiadomość w międzyczasie się zmieniła. Lista jest już aktualna.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="139"/>
        <source>This kiosk never had that message&apos;s words, so it cannot show it. Show it again from the kiosk where it was written.</source>
        <translation type="unfinished">Ten kiosk nigdy nie miał treści tej wiadomości, więc nie może jej pokazać. Pokaż ją ponownie w kiosku, w którym została napisana.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="142"/>
        <source>The poster could not be made. There may be no messages on the wall for those dates yet.</source>
        <translation type="unfinished">Nie udało się zrobić plakatu. Być może na tablicy nie ma jeszcze wiadomości z tych dat.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="145"/>
        <source>The kindness wall&apos;s word lists need a member of staff. Until then every message waits for staff.</source>
        <translation type="unfinished">Listy słów tablicy życzliwości wymagają uwagi personelu. Do tego czasu każda wiadomość czeka na personel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="148"/>
        <source>Line %1 (%2): a * may only begin or end a single word.</source>
        <translation type="unfinished">Wiersz %1 (%2): * może stać tylko na początku lub na końcu pojedynczego słowa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="151"/>
        <source>Line %1 (%2): write words in plain letters; the filter reads digits used as letters by itself.</source>
        <translation type="unfinished">Wiersz %1 (%2): pisz słowa zwykłymi literami; filtr sam rozpoznaje cyfry użyte zamiast liter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="154"/>
        <source>Line %1 (%2) has no letters.</source>
        <translation type="unfinished">Wiersz %1 (%2) nie zawiera liter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="156"/>
        <source>Line %1 (%2): a phrase cannot have a *.</source>
        <translation type="unfinished">Wiersz %1 (%2): wyrażenie nie może zawierać *.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="158"/>
        <source>Line %1 (%2) is too short to match safely.</source>
        <translation type="unfinished">Wiersz %1 (%2) jest za krótki, by bezpiecznie go dopasować.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="161"/>
        <source>Line %1 (%2): an allow list holds single words, without *.</source>
        <translation type="unfinished">Wiersz %1 (%2): lista dozwolonych zawiera pojedyncze słowa, bez *.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="165"/>
        <source>The period ends (%1) before it starts (%2). Please swap the two dates.</source>
        <translation type="unfinished">Okres kończy się (%1), zanim się zaczyna (%2). Zamień te dwie daty.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/shell/error_words.py" line="168"/>
        <source>The period from %1 to %2 is longer than %n year(s). Please choose a shorter one.</source>
        <translation type="unfinished">
            <numerusform>Okres od %1 do %2 jest dłuższy niż %n rok. Wybierz krótszy.</numerusform>
            <numerusform>Okres od %1 do %2 jest dłuższy niż %n lata. Wybierz krótszy.</numerusform>
            <numerusform>Okres od %1 do %2 jest dłuższy niż %n lat. Wybierz krótszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/shell/error_words.py" line="172"/>
        <source>There are not enough answers for %1 at %2 to make a poster: a figure needs at least %n answer(s). Try a month with more answers, or all sites together.</source>
        <translation type="unfinished">
            <numerusform>Za mało odpowiedzi (%1, %2), by zrobić plakat: wynik wymaga co najmniej %n odpowiedzi. Wybierz miesiąc z większą liczbą odpowiedzi albo wszystkie placówki razem.</numerusform>
            <numerusform>Za mało odpowiedzi (%1, %2), by zrobić plakat: wynik wymaga co najmniej %n odpowiedzi. Wybierz miesiąc z większą liczbą odpowiedzi albo wszystkie placówki razem.</numerusform>
            <numerusform>Za mało odpowiedzi (%1, %2), by zrobić plakat: wynik wymaga co najmniej %n odpowiedzi. Wybierz miesiąc z większą liczbą odpowiedzi albo wszystkie placówki razem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/shell/error_words.py" line="175"/>
        <source>There are not enough answers for %1 to make a poster: a figure needs at least %n answer(s). Try a month with more answers.</source>
        <translation type="unfinished">
            <numerusform>Za mało odpowiedzi (%1), by zrobić plakat: wynik wymaga co najmniej %n odpowiedzi. Wybierz miesiąc z większą liczbą odpowiedzi.</numerusform>
            <numerusform>Za mało odpowiedzi (%1), by zrobić plakat: wynik wymaga co najmniej %n odpowiedzi. Wybierz miesiąc z większą liczbą odpowiedzi.</numerusform>
            <numerusform>Za mało odpowiedzi (%1), by zrobić plakat: wynik wymaga co najmniej %n odpowiedzi. Wybierz miesiąc z większą liczbą odpowiedzi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="180"/>
        <source>Nobody answered the kindness question in %1 at %2, so there is nothing to put on a poster yet.</source>
        <translation type="unfinished">Nikt nie odpowiedział na pytanie o życzliwość (%1, %2), więc nie ma jeszcze czego umieścić na plakacie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="182"/>
        <source>Nobody answered the kindness question in %1, so there is nothing to put on a poster yet.</source>
        <translation type="unfinished">Nikt nie odpowiedział na pytanie o życzliwość (%1), więc nie ma jeszcze czego umieścić na plakacie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="185"/>
        <source>A poster is saved as a PDF or a PNG file: please end the file name with .pdf or .png.</source>
        <translation type="unfinished">Plakat zapisuje się jako plik PDF lub PNG: nazwa pliku musi kończyć się na .pdf lub .png.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="189"/>
        <source>A staff PIN has %1 to %2 digits.</source>
        <translation type="unfinished">PIN personelu ma od %1 do %2 cyfr.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="191"/>
        <source>Please choose a PIN that is not all one digit or a simple run like 1234.</source>
        <translation type="unfinished">Wybierz PIN, który nie składa się z jednej powtarzanej cyfry ani prostego ciągu jak 1234.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="194"/>
        <source>%1 is required</source>
        <translation type="unfinished">%1 — pole wymagane</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/shell/error_words.py" line="197"/>
        <source>%1 is %2 characters long; at most %n fit on the screen</source>
        <translation type="unfinished">
            <numerusform>%1: za długie (%2 zn.), na ekranie mieści się najwyżej %n zn.</numerusform>
            <numerusform>%1: za długie (%2 zn.), na ekranie mieści się najwyżej %n zn.</numerusform>
            <numerusform>%1: za długie (%2 zn.), na ekranie mieści się najwyżej %n zn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/shell/error_words.py" line="199"/>
        <source>%1: at most %n character(s) fit</source>
        <translation type="unfinished">
            <numerusform>%1: mieści się najwyżej %n znak</numerusform>
            <numerusform>%1: mieszczą się najwyżej %n znaki</numerusform>
            <numerusform>%1: mieści się najwyżej %n znaków</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="201"/>
        <source>%1 must be one line</source>
        <translation type="unfinished">%1 musi mieścić się w jednym wierszu</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="203"/>
        <source>%1: &apos;%2&apos; is not an email address</source>
        <translation type="unfinished">%1: „%2” nie jest adresem e-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="205"/>
        <source>%1: say what it costs, or switch on Free</source>
        <translation type="unfinished">%1: podaj cenę albo włącz „Bezpłatne”</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="207"/>
        <source>%1: say what it costs when the price varies</source>
        <translation type="unfinished">%1: podaj cenę, gdy jest zmienna</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="209"/>
        <source>%1: &apos;%2&apos; is not an amount like 2.50</source>
        <translation type="unfinished">%1: „%2” nie jest kwotą w formacie 2.50</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="212"/>
        <source>%1: &apos;%2&apos; is not a date like 2026-12-05 or 5/12/2026</source>
        <translation type="unfinished">%1: „%2” nie jest datą w formacie 2026-12-05 lub 5/12/2026</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="213"/>
        <source>%1 must be a date</source>
        <translation type="unfinished">%1 musi być datą</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="215"/>
        <source>%1: %2 is before the first date, %3</source>
        <translation type="unfinished">%1: %2 jest przed pierwszą datą, %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="217"/>
        <source>%1: &apos;%2&apos; is not a time like 09:30</source>
        <translation type="unfinished">%1: „%2” nie jest godziną w formacie 09:30</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="219"/>
        <source>%1: &apos;%2&apos; is not a time of day (00:00 to 23:59)</source>
        <translation type="unfinished">%1: „%2” nie jest godziną (od 00:00 do 23:59)</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="221"/>
        <source>%1: a session cannot end when it starts</source>
        <translation type="unfinished">%1: termin nie może kończyć się wtedy, kiedy się zaczyna</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="223"/>
        <source>%1 needs both an opening and a closing time</source>
        <translation type="unfinished">%1 wymaga godziny otwarcia i zamknięcia</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="225"/>
        <source>%1: two openings overlap</source>
        <translation type="unfinished">%1: dwa przedziały otwarcia nakładają się</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="227"/>
        <source>%1: give the opening hours of at least one day</source>
        <translation type="unfinished">%1: podaj godziny otwarcia przynajmniej jednego dnia</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="229"/>
        <source>%1: choose when it happens</source>
        <translation type="unfinished">%1: wybierz, kiedy to się odbywa</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="231"/>
        <source>%1: choose which week of the month and which day</source>
        <translation type="unfinished">%1: wybierz tydzień miesiąca i dzień</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="233"/>
        <source>%1: a weekly session needs at least one weekday</source>
        <translation type="unfinished">%1: cotygodniowy termin wymaga przynajmniej jednego dnia tygodnia</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="235"/>
        <source>%1: a monthly session needs a day, like the 2nd Tuesday</source>
        <translation type="unfinished">%1: comiesięczny termin wymaga dnia, np. 2. wtorek</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="237"/>
        <source>%1: a day is listed twice</source>
        <translation type="unfinished">%1: ten sam dzień podano dwa razy</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="239"/>
        <source>%1: a session that skips weeks or months needs a first date</source>
        <translation type="unfinished">%1: termin, który pomija tygodnie lub miesiące, wymaga pierwszej daty</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="241"/>
        <source>%1: an activity needs at least one session time</source>
        <translation type="unfinished">%1: zajęcia wymagają przynajmniej jednego terminu</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="243"/>
        <source>%1: the same session is cancelled twice</source>
        <translation type="unfinished">%1: ten sam termin odwołano dwa razy</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="245"/>
        <source>%1: %2 is before the first day closed, %3</source>
        <translation type="unfinished">%1: %2 jest przed pierwszym dniem przerwy (%3)</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="247"/>
        <source>%1: a closure can be at most %2 days; to stop showing it, set &quot;Showing until&quot; instead</source>
        <translation type="unfinished">%1: przerwa może trwać najwyżej %2 dni; aby przestać pokazywać ogłoszenie, ustaw zamiast tego „Pokazuj do”</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="250"/>
        <source>%1: there are no sessions from %2 to %3, so there is nothing to close</source>
        <translation type="unfinished">%1: od %2 do %3 nie ma żadnych terminów, więc nie ma czego zamykać</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="253"/>
        <source>%1: there is no session on %2 at that time any more</source>
        <translation type="unfinished">%1: w dniu %2 o tej godzinie nie ma już terminu</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="255"/>
        <source>%1: there is a session on %2 at that time already</source>
        <translation type="unfinished">%1: w dniu %2 o tej godzinie jest już termin</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="257"/>
        <source>%1: %2 is a day this activity is left out</source>
        <translation type="unfinished">%1: w dniu %2 te zajęcia są pominięte</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="259"/>
        <source>%1: these times cannot be changed here; remove them and add new ones</source>
        <translation type="unfinished">%1: tych godzin nie można tu zmienić; usuń je i dodaj nowe</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="261"/>
        <source>%1: a cancellation needs a date</source>
        <translation type="unfinished">%1: odwołanie wymaga daty</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="263"/>
        <source>%1: %2 is both left out and cancelled; choose one</source>
        <translation type="unfinished">%1: %2 jest jednocześnie pominięty i odwołany; wybierz jedno</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="265"/>
        <source>%1: a language is listed twice</source>
        <translation type="unfinished">%1: ten sam język podano dwa razy</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="267"/>
        <source>%1: an activity needs session times, not opening hours</source>
        <translation type="unfinished">%1: zajęcia wymagają terminów, a nie godzin otwarcia</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="269"/>
        <source>%1: a space needs opening hours, not session times</source>
        <translation type="unfinished">%1: miejsce wymaga godzin otwarcia, a nie terminów</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="271"/>
        <source>This listing was written by a newer kiosk (format %1); this kiosk reads format %2.</source>
        <translation type="unfinished">To ogłoszenie zapisał nowszy kiosk (format %1); ten kiosk czyta format %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="279"/>
        <source>This listing&apos;s data cannot be used (%1). Please check it where it came from.</source>
        <translation type="unfinished">Danych tego ogłoszenia nie można użyć (%1). Sprawdź je u źródła.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="284"/>
        <source>Sorry — something went wrong. Please try again in a moment.</source>
        <translation type="unfinished">Przepraszamy — coś poszło nie tak. Prosimy spróbować ponownie za chwilę.</translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <location filename="../../kiosk/checkin/qml/FollowupView.qml" line="29"/>
        <source>Thank you, your answer is saved.</source>
        <translation type="unfinished">Dziękujemy, Twoja odpowiedź została zapisana.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/FollowupView.qml" line="39"/>
        <source>Where did you notice kindness?</source>
        <translation type="unfinished">Gdzie spotkała Cię życzliwość?</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/FollowupView.qml" line="49"/>
        <source>If you like. You can skip this.</source>
        <translation type="unfinished">Jeśli chcesz. Możesz to pominąć.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/FollowupView.qml" line="87"/>
        <source>Skip</source>
        <translation type="unfinished">Pomiń</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/FormField.qml" line="130"/>
        <source>%1 / %2</source>
        <translation type="unfinished">%1 / %2</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="36"/>
        <source>Good morning</source>
        <translation type="unfinished">Dzień dobry</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="37"/>
        <source>Good afternoon</source>
        <translation type="unfinished">Dzień dobry</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="38"/>
        <source>Good evening</source>
        <translation type="unfinished">Dobry wieczór</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="109"/>
        <source>Welcome to %1</source>
        <translation type="unfinished">Witamy — %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="140"/>
        <source>Take a seat, have a look around, and ask us anything. We are glad you are here.</source>
        <translation type="unfinished">Usiądź, rozejrzyj się i pytaj o wszystko. Cieszymy się, że tu jesteś.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="180"/>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="202"/>
        <source>Did you experience kindness today?</source>
        <translation type="unfinished">Czy spotkała Cię dziś życzliwość?</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="181"/>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="215"/>
        <source>Tap to answer. One touch, no names.</source>
        <translation type="unfinished">Dotknij, aby odpowiedzieć. Jedno dotknięcie, bez nazwisk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="254"/>
        <source>Your answer is anonymous. It helps us make this a kinder place.</source>
        <translation type="unfinished">Odpowiedź jest anonimowa. Pomaga nam uczynić to miejsce bardziej życzliwym.</translation>
    </message>
</context>
<context>
    <name>HoursRow</name>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="35"/>
        <source>opens</source>
        <translation type="unfinished">otwarcie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="35"/>
        <source>closes</source>
        <translation type="unfinished">zamknięcie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="42"/>
        <source>%1 opens at</source>
        <translation type="unfinished">%1 — godzina otwarcia</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="42"/>
        <source>%1 closes at</source>
        <translation type="unfinished">%1 — godzina zamknięcia</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="43"/>
        <source>%1 opens again at</source>
        <translation type="unfinished">%1 — ponowne otwarcie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="43"/>
        <source>%1 closes again at</source>
        <translation type="unfinished">%1 — ponowne zamknięcie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="54"/>
        <source>%1 — closed</source>
        <translation type="unfinished">%1 — zamknięte</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="65"/>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="78"/>
        <source>–</source>
        <translation type="unfinished">–</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="71"/>
        <source>and</source>
        <translation type="unfinished">i</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="89"/>
        <source>Closed</source>
        <translation type="unfinished">Zamknięte</translation>
    </message>
</context>
<context>
    <name>KiosksPage</name>
    <message>
        <location filename="../../kiosk/office/qml/KiosksPage.qml" line="16"/>
        <source>Kiosk</source>
        <translation type="unfinished">Kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/KiosksPage.qml" line="16"/>
        <source>Site</source>
        <translation type="unfinished">Placówka</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/KiosksPage.qml" line="16"/>
        <source>Last seen</source>
        <translation type="unfinished">Ostatnio widziany</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/KiosksPage.qml" line="17"/>
        <source>Version</source>
        <translation type="unfinished">Wersja</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/KiosksPage.qml" line="17"/>
        <source>Waiting</source>
        <translation type="unfinished">Oczekujące</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/KiosksPage.qml" line="17"/>
        <source>Oldest unsent</source>
        <translation type="unfinished">Najstarsze niewysłane</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/KiosksPage.qml" line="17"/>
        <source>Last sync</source>
        <translation type="unfinished">Ostatnia synchronizacja</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/KiosksPage.qml" line="18"/>
        <source>Last error</source>
        <translation type="unfinished">Ostatni błąd</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/KiosksPage.qml" line="18"/>
        <source>Status</source>
        <translation type="unfinished">Stan</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/KiosksPage.qml" line="34"/>
        <source>Kiosks</source>
        <translation type="unfinished">Kioski</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/KiosksPage.qml" line="43"/>
        <source>Refresh</source>
        <translation type="unfinished">Odśwież</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/KiosksPage.qml" line="50"/>
        <source>Kiosk settings</source>
        <translation type="unfinished">Ustawienia kiosków</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/KiosksPage.qml" line="109"/>
        <source>Kiosk health</source>
        <translation type="unfinished">Stan kiosków</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/LanguageButton.qml" line="18"/>
        <source>Choose your language</source>
        <translation type="unfinished">Wybierz język</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/LanguageChooser.qml" line="82"/>
        <source>Choose your language</source>
        <translation type="unfinished">Wybierz język</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/LanguageChooser.qml" line="102"/>
        <source>Close</source>
        <translation type="unfinished">Zamknij</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/LanguagePicker.qml" line="29"/>
        <source>Show the kiosk in this language</source>
        <translation type="unfinished">Pokaż kiosk w tym języku</translation>
    </message>
</context>
<context>
    <name>ListingCard</name>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingCard.qml" line="90"/>
        <source>On now</source>
        <translation type="unfinished">Teraz trwa</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingCard.qml" line="98"/>
        <source>Cancelled</source>
        <translation type="unfinished">Odwołane</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingCard.qml" line="161"/>
        <source>Just drop in — no booking</source>
        <translation type="unfinished">Wystarczy przyjść — bez zapisów</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingCard.qml" line="169"/>
        <source>Please book first</source>
        <translation type="unfinished">Wymagane zapisy</translation>
    </message>
</context>
<context>
    <name>ListingConflict</name>
    <message>
        <location filename="../../kiosk/office/qml/ListingConflict.qml" line="20"/>
        <source>Someone else changed this listing</source>
        <translation type="unfinished">Ktoś inny zmienił to ogłoszenie</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingConflict.qml" line="37"/>
        <source>This listing is no longer there for your login, so your change cannot be based on it.</source>
        <translation type="unfinished">To ogłoszenie nie jest już dostępne dla Twojego loginu, więc Twojej zmiany nie można na nim oprzeć.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingConflict.qml" line="48"/>
        <source>Part</source>
        <translation type="unfinished">Pole</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingConflict.qml" line="50"/>
        <source>Your version</source>
        <translation type="unfinished">Twoja wersja</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingConflict.qml" line="61"/>
        <source>The two versions, part by part</source>
        <translation type="unfinished">Obie wersje, pole po polu</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingConflict.qml" line="62"/>
        <source>Scroll the two versions</source>
        <translation type="unfinished">Przewiń obie wersje</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingConflict.qml" line="77"/>
        <source>%1 differs. Theirs: %2. Yours: %3</source>
        <translation type="unfinished">%1 się różni. Ich: %2. Twoja: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingConflict.qml" line="78"/>
        <source>%1, the same: %2</source>
        <translation type="unfinished">%1, bez różnic: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingConflict.qml" line="123"/>
        <source>Working…</source>
        <translation type="unfinished">Przetwarzanie…</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingConflict.qml" line="130"/>
        <source>Keep theirs</source>
        <translation type="unfinished">Zostaw ich wersję</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingConflict.qml" line="138"/>
        <source>Combine by hand</source>
        <translation type="unfinished">Połącz ręcznie</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingConflict.qml" line="147"/>
        <source>Use mine (based on theirs)</source>
        <translation type="unfinished">Użyj mojej (na podstawie ich wersji)</translation>
    </message>
</context>
<context>
    <name>ListingDetailView</name>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="137"/>
        <source>Just drop in — no booking</source>
        <translation type="unfinished">Wystarczy przyjść — bez zapisów</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="144"/>
        <source>Please book first</source>
        <translation type="unfinished">Wymagane zapisy</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="175"/>
        <source>Coming up:</source>
        <translation type="unfinished">Najbliższe terminy:</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="197"/>
        <source>Cancelled: %1</source>
        <translation type="unfinished">Odwołane: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="197"/>
        <source>Cancelled</source>
        <translation type="unfinished">Odwołane</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="199"/>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="203"/>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="224"/>
        <source>Where</source>
        <translation type="unfinished">Gdzie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="229"/>
        <source>Who it is for</source>
        <translation type="unfinished">Dla kogo</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="233"/>
        <source>Cost</source>
        <translation type="unfinished">Koszt</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="239"/>
        <source>Who runs it</source>
        <translation type="unfinished">Kto prowadzi</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="243"/>
        <source>Phone: %1</source>
        <translation type="unfinished">Telefon: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="246"/>
        <source>Email: %1</source>
        <translation type="unfinished">E-mail: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="250"/>
        <source>Web: %1</source>
        <translation type="unfinished">Strona: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="256"/>
        <source>Getting in and around</source>
        <translation type="unfinished">Dostępność i dojście</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="307"/>
        <source>Languages spoken</source>
        <translation type="unfinished">Języki, w których można porozmawiać</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="367"/>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="414"/>
        <source>Add to my calendar</source>
        <translation type="unfinished">Dodaj do kalendarza</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="402"/>
        <source>QR code to add the next session to your calendar</source>
        <translation type="unfinished">Kod QR, by dodać najbliższy termin do kalendarza</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="403"/>
        <source>QR code to take this listing with you</source>
        <translation type="unfinished">Kod QR, aby zabrać to ogłoszenie ze sobą</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="361"/>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="414"/>
        <source>Take this with you</source>
        <translation type="unfinished">Zabierz ze sobą</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="452"/>
        <source>Back to what&apos;s on</source>
        <translation type="unfinished">Wróć do „Co się dzieje”</translation>
    </message>
</context>
<context>
    <name>ListingEditor</name>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="72"/>
        <source>Site: %1</source>
        <translation type="unfinished">Placówka: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="91"/>
        <source>What it is</source>
        <translation type="unfinished">Co to jest</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="92"/>
        <source>Title</source>
        <translation type="unfinished">Tytuł</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="93"/>
        <source>Category</source>
        <translation type="unfinished">Kategoria</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="93"/>
        <source>For example Social, Advice, Health, Learning</source>
        <translation type="unfinished">Na przykład: Spotkania towarzyskie, Porady, Zdrowie, Nauka</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="110"/>
        <source>Short description</source>
        <translation type="unfinished">Krótki opis</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="111"/>
        <source>Full description</source>
        <translation type="unfinished">Pełny opis</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="115"/>
        <source>Where</source>
        <translation type="unfinished">Gdzie</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="116"/>
        <source>Building</source>
        <translation type="unfinished">Budynek</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="117"/>
        <source>Room</source>
        <translation type="unfinished">Sala</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="118"/>
        <source>Address</source>
        <translation type="unfinished">Adres</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="120"/>
        <source>Booking and cost</source>
        <translation type="unfinished">Zapisy i koszt</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="125"/>
        <source>Just drop in</source>
        <translation type="unfinished">Wystarczy przyjść</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="125"/>
        <source>Book first</source>
        <translation type="unfinished">Najpierw zapisy</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="125"/>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="164"/>
        <source>Not known</source>
        <translation type="unfinished">Nie wiadomo</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="141"/>
        <source>Free</source>
        <translation type="unfinished">Bezpłatne</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="141"/>
        <source>There is a cost</source>
        <translation type="unfinished">Płatne</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="141"/>
        <source>Cost not known</source>
        <translation type="unfinished">Nie wiadomo, ile kosztuje</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="153"/>
        <source>Price</source>
        <translation type="unfinished">Cena</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="154"/>
        <source>About the price</source>
        <translation type="unfinished">O cenie</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="156"/>
        <source>Getting in and around</source>
        <translation type="unfinished">Dostępność i dojście</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="182"/>
        <source>More about access</source>
        <translation type="unfinished">Więcej o dostępności</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="184"/>
        <source>Who, and how to get in touch</source>
        <translation type="unfinished">Kto i jak się skontaktować</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="185"/>
        <source>Who it is for</source>
        <translation type="unfinished">Dla kogo</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="186"/>
        <source>Organiser</source>
        <translation type="unfinished">Organizator</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="187"/>
        <source>Languages spoken</source>
        <translation type="unfinished">Języki, w których można porozmawiać</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="187"/>
        <source>Separate them with commas</source>
        <translation type="unfinished">Oddziel je przecinkami</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="188"/>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="189"/>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="190"/>
        <source>Web link</source>
        <translation type="unfinished">Link do strony</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="194"/>
        <source>Showing from</source>
        <translation type="unfinished">Pokazuj od</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="195"/>
        <source>Showing until</source>
        <translation type="unfinished">Pokazuj do</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="198"/>
        <source>Photo</source>
        <translation type="unfinished">Zdjęcie</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="209"/>
        <source>The listing&apos;s photo</source>
        <translation type="unfinished">Zdjęcie ogłoszenia</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="213"/>
        <source>Choose a photo…</source>
        <translation type="unfinished">Wybierz zdjęcie…</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="213"/>
        <source>Choose another photo…</source>
        <translation type="unfinished">Wybierz inne zdjęcie…</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="220"/>
        <source>Remove the photo</source>
        <translation type="unfinished">Usuń zdjęcie</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="242"/>
        <source>Working…</source>
        <translation type="unfinished">Przetwarzanie…</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="255"/>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="262"/>
        <source>Preview</source>
        <translation type="unfinished">Podgląd</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="269"/>
        <source>Save</source>
        <translation type="unfinished">Zapisz</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="281"/>
        <source>Choose a photo</source>
        <translation type="unfinished">Wybierz zdjęcie</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="283"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif)</source>
        <translation type="unfinished">Zdjęcia (*.jpg *.jpeg *.png *.webp *.heic *.heif)</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingEditor.qml" line="283"/>
        <source>All files (*)</source>
        <translation type="unfinished">Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>ListingEditorView</name>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="141"/>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="150"/>
        <source>Preview</source>
        <translation type="unfinished">Podgląd</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="158"/>
        <source>Saving…</source>
        <translation type="unfinished">Zapisywanie…</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="158"/>
        <source>Save</source>
        <translation type="unfinished">Zapisz</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="220"/>
        <source>The activity</source>
        <translation type="unfinished">Zajęcia</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="220"/>
        <source>The space</source>
        <translation type="unfinished">Miejsce</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="224"/>
        <source>Title (needed)</source>
        <translation type="unfinished">Tytuł (wymagany)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="225"/>
        <source>e.g. Knit and natter</source>
        <translation type="unfinished">np. Robótki i pogaduszki</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="225"/>
        <source>e.g. Warm space at the library</source>
        <translation type="unfinished">np. Ciepłe miejsce w bibliotece</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="231"/>
        <source>Category (needed)</source>
        <translation type="unfinished">Kategoria (wymagana)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="232"/>
        <source>Tap one already in use, or type a new one.</source>
        <translation type="unfinished">Dotknij istniejącej albo wpisz nową.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="255"/>
        <source>Short description (on the list)</source>
        <translation type="unfinished">Krótki opis (na liście)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="256"/>
        <source>One or two sentences</source>
        <translation type="unfinished">Jedno lub dwa zdania</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="261"/>
        <source>Full description (on its own page)</source>
        <translation type="unfinished">Pełny opis (na osobnej stronie)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="265"/>
        <source>Photo</source>
        <translation type="unfinished">Zdjęcie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="289"/>
        <source>The listing&apos;s photo</source>
        <translation type="unfinished">Zdjęcie ogłoszenia</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="297"/>
        <source>Change photo</source>
        <translation type="unfinished">Zmień zdjęcie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="297"/>
        <source>Choose a photo</source>
        <translation type="unfinished">Wybierz zdjęcie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="307"/>
        <source>Remove photo</source>
        <translation type="unfinished">Usuń zdjęcie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="314"/>
        <source>When it happens</source>
        <translation type="unfinished">Kiedy się odbywa</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="314"/>
        <source>When it is open</source>
        <translation type="unfinished">Kiedy jest otwarte</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="320"/>
        <source>These times came with an import and are kept as they are:</source>
        <translation type="unfinished">Te godziny pochodzą z importu i pozostają bez zmian:</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="338"/>
        <source>Set new times</source>
        <translation type="unfinished">Ustaw nowe godziny</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="430"/>
        <source>Date</source>
        <translation type="unfinished">Data</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="431"/>
        <source>e.g. 5/12/2026</source>
        <translation type="unfinished">np. 5/12/2026</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="441"/>
        <source>Starts at</source>
        <translation type="unfinished">Początek</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="442"/>
        <source>e.g. 10:00</source>
        <translation type="unfinished">np. 10:00</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="449"/>
        <source>Ends at</source>
        <translation type="unfinished">Koniec</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="450"/>
        <source>e.g. 12:30</source>
        <translation type="unfinished">np. 12:30</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="462"/>
        <source>Times like 9:00 and 17:00. A second opening, e.g. after lunch, is optional. Leave a day empty when closed.</source>
        <translation type="unfinished">Godziny jak 9:00 i 17:00. Drugi przedział, np. po przerwie obiadowej, jest opcjonalny. Gdy jest zamknięte, zostaw dzień pusty.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="483"/>
        <source>Use Monday&apos;s hours for Tuesday to Friday</source>
        <translation type="unfinished">Użyj godzin z poniedziałku dla wtorku–piątku</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="502"/>
        <source>Showing from (optional)</source>
        <translation type="unfinished">Pokazuj od (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="503"/>
        <source>e.g. 1/12/2026</source>
        <translation type="unfinished">np. 1/12/2026</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="510"/>
        <source>Showing until (optional)</source>
        <translation type="unfinished">Pokazuj do (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="511"/>
        <source>e.g. 31/3/2027</source>
        <translation type="unfinished">np. 31/3/2027</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="519"/>
        <source>Where</source>
        <translation type="unfinished">Gdzie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="522"/>
        <source>Building (needed)</source>
        <translation type="unfinished">Budynek (wymagany)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="527"/>
        <source>Room</source>
        <translation type="unfinished">Sala</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="528"/>
        <source>e.g. Main hall</source>
        <translation type="unfinished">np. Sala główna</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="533"/>
        <source>Address</source>
        <translation type="unfinished">Adres</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="538"/>
        <source>Who it is for, and the cost</source>
        <translation type="unfinished">Dla kogo i za ile</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="541"/>
        <source>Who it is for</source>
        <translation type="unfinished">Dla kogo</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="542"/>
        <source>e.g. Everyone welcome; Parents and carers with under-5s</source>
        <translation type="unfinished">np. Wszyscy mile widziani; Rodzice i opiekunowie z dziećmi do 5 lat</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="547"/>
        <source>Organiser</source>
        <translation type="unfinished">Organizator</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="554"/>
        <source>Just drop in — no booking</source>
        <translation type="unfinished">Wystarczy przyjść — bez zapisów</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="554"/>
        <source>Book first</source>
        <translation type="unfinished">Najpierw zapisy</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="555"/>
        <source>Booking not known</source>
        <translation type="unfinished">Nie wiadomo, czy trzeba się zapisać</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="570"/>
        <source>Free</source>
        <translation type="unfinished">Bezpłatne</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="570"/>
        <source>Costs something</source>
        <translation type="unfinished">Płatne</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="570"/>
        <source>Cost not known</source>
        <translation type="unfinished">Nie wiadomo, ile kosztuje</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="584"/>
        <source>Price in pounds</source>
        <translation type="unfinished">Cena w funtach</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="585"/>
        <source>Leave it empty when the price varies, and say how below.</source>
        <translation type="unfinished">Zostaw puste, gdy cena jest zmienna, i opisz to poniżej.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="586"/>
        <source>e.g. 2.50</source>
        <translation type="unfinished">np. 2.50</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="593"/>
        <source>About the price (optional)</source>
        <translation type="unfinished">O cenie (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="594"/>
        <source>e.g. Pay what you can; free for carers</source>
        <translation type="unfinished">np. Płać, ile możesz; bezpłatnie dla opiekunów</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="599"/>
        <source>Languages spoken</source>
        <translation type="unfinished">Języki, w których można porozmawiać</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="600"/>
        <source>e.g. English, Polish, BSL</source>
        <translation type="unfinished">np. angielski, polski, BSL</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="601"/>
        <source>Separate them with commas.</source>
        <translation type="unfinished">Oddziel je przecinkami.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="606"/>
        <source>Contact</source>
        <translation type="unfinished">Kontakt</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="609"/>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="615"/>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="621"/>
        <source>Web link</source>
        <translation type="unfinished">Link do strony</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="622"/>
        <source>Visitors can scan it as a QR code.</source>
        <translation type="unfinished">Odwiedzający mogą go zeskanować jako kod QR.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="628"/>
        <source>Access</source>
        <translation type="unfinished">Dostępność</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="635"/>
        <source>Access not known</source>
        <translation type="unfinished">Brak informacji o dostępności</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="655"/>
        <source>More about access (optional)</source>
        <translation type="unfinished">Więcej o dostępności (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="656"/>
        <source>e.g. Ramp at the side door; ask at the desk for the loop</source>
        <translation type="unfinished">np. Podjazd przy bocznych drzwiach; pętla indukcyjna — zapytaj w recepcji</translation>
    </message>
</context>
<context>
    <name>ListingPhotoView</name>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="31"/>
        <source>Choose a photo</source>
        <translation type="unfinished">Wybierz zdjęcie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="44"/>
        <source>Back</source>
        <translation type="unfinished">Wstecz</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="49"/>
        <source>JPEG, PNG or WebP. Location and camera details are removed, and the photo is turned the right way up.</source>
        <translation type="unfinished">JPEG, PNG lub WebP. Dane o miejscu i aparacie są usuwane, a zdjęcie jest obracane właściwą stroną do góry.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="78"/>
        <source>Or type where the photo is:</source>
        <translation type="unfinished">Albo wpisz, gdzie jest zdjęcie:</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="92"/>
        <source>e.g. /media/usb/photos/lunch-club.jpg</source>
        <translation type="unfinished">np. /media/usb/photos/lunch-club.jpg</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="100"/>
        <source>The photo&apos;s file path</source>
        <translation type="unfinished">Ścieżka do pliku zdjęcia</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="114"/>
        <source>Use this file</source>
        <translation type="unfinished">Użyj tego pliku</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="121"/>
        <source>Photos found</source>
        <translation type="unfinished">Znalezione zdjęcia</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="133"/>
        <source>Look again</source>
        <translation type="unfinished">Szukaj ponownie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="173"/>
        <source>Use %1 from %2</source>
        <translation type="unfinished">Użyj %1 z %2</translation>
    </message>
</context>
<context>
    <name>ListingPreview</name>
    <message>
        <location filename="../../kiosk/office/qml/ListingPreview.qml" line="24"/>
        <source>Preview: as a visitor sees it</source>
        <translation type="unfinished">Podgląd: tak widzi to odwiedzający</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingPreview.qml" line="35"/>
        <source>Close the preview</source>
        <translation type="unfinished">Zamknij podgląd</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingPreview.qml" line="89"/>
        <source>Cancelled: %1 — %2</source>
        <translation type="unfinished">Odwołane: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingPreview.qml" line="125"/>
        <source>Photo of %1</source>
        <translation type="unfinished">Zdjęcie: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingPreview.qml" line="128"/>
        <source>Where</source>
        <translation type="unfinished">Gdzie</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingPreview.qml" line="130"/>
        <source>Cost and booking</source>
        <translation type="unfinished">Koszt i zapisy</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingPreview.qml" line="132"/>
        <source>Who it is for: %1</source>
        <translation type="unfinished">Dla kogo: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingPreview.qml" line="133"/>
        <source>Run by %1</source>
        <translation type="unfinished">Prowadzi: %1</translation>
    </message>
</context>
<context>
    <name>ListingPreviewView</name>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPreviewView.qml" line="40"/>
        <source>Preview — this is how visitors will see it.</source>
        <translation type="unfinished">Podgląd — tak zobaczą to odwiedzający.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPreviewView.qml" line="50"/>
        <source>Back to editing</source>
        <translation type="unfinished">Wróć do edycji</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPreviewView.qml" line="50"/>
        <source>Back to the list</source>
        <translation type="unfinished">Wróć do listy</translation>
    </message>
</context>
<context>
    <name>ListingSchedule</name>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="21"/>
        <source>When</source>
        <translation type="unfinished">Kiedy</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="21"/>
        <source>Opening hours</source>
        <translation type="unfinished">Godziny otwarcia</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="33"/>
        <source>Set new times</source>
        <translation type="unfinished">Ustaw nowe godziny</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="81"/>
        <source>Which week of the month</source>
        <translation type="unfinished">Który tydzień miesiąca</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="91"/>
        <source>Day of the week</source>
        <translation type="unfinished">Dzień tygodnia</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="100"/>
        <source>Date</source>
        <translation type="unfinished">Data</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="105"/>
        <source>Start time</source>
        <translation type="unfinished">Godzina rozpoczęcia</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="106"/>
        <source>End time</source>
        <translation type="unfinished">Godzina zakończenia</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="126"/>
        <source>Edit</source>
        <translation type="unfinished">Edytuj</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="127"/>
        <source>Remove</source>
        <translation type="unfinished">Usuń</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="145"/>
        <source>opens</source>
        <translation type="unfinished">otwarcie</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="145"/>
        <source>closes</source>
        <translation type="unfinished">zamknięcie</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="146"/>
        <source>opens again</source>
        <translation type="unfinished">ponowne otwarcie</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="146"/>
        <source>closes again</source>
        <translation type="unfinished">ponowne zamknięcie</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="173"/>
        <source>The next dates</source>
        <translation type="unfinished">Najbliższe terminy</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="193"/>
        <source>%1 — cancelled: %2</source>
        <translation type="unfinished">%1 — odwołane: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="202"/>
        <source>Undo cancel</source>
        <translation type="unfinished">Cofnij odwołanie</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="202"/>
        <source>Cancel this date</source>
        <translation type="unfinished">Odwołaj ten termin</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="213"/>
        <source>Cancel %1</source>
        <translation type="unfinished">Odwołaj: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="218"/>
        <source>Why it is cancelled (visitors see this)</source>
        <translation type="unfinished">Powód odwołania (widoczny dla odwiedzających)</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="220"/>
        <source>Cancel the date</source>
        <translation type="unfinished">Odwołaj termin</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="221"/>
        <source>Keep it</source>
        <translation type="unfinished">Nie odwołuj</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="225"/>
        <source>Closed for a while</source>
        <translation type="unfinished">Czasowo nieczynne</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="229"/>
        <source>Closed from</source>
        <translation type="unfinished">Nieczynne od</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="230"/>
        <source>Closed until</source>
        <translation type="unfinished">Nieczynne do</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="232"/>
        <source>Reason for the closure</source>
        <translation type="unfinished">Powód przerwy</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="235"/>
        <source>Close for these days</source>
        <translation type="unfinished">Zamknij na te dni</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingSchedule.qml" line="247"/>
        <source>Open again</source>
        <translation type="unfinished">Otwórz ponownie</translation>
    </message>
</context>
<context>
    <name>ListingStaleView</name>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="31"/>
        <source>Someone else changed this listing</source>
        <translation type="unfinished">Ktoś inny zmienił to ogłoszenie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="47"/>
        <source>It is no longer on this site&apos;s list, so your change cannot be applied.</source>
        <translation type="unfinished">Nie ma go już na liście tej placówki, więc Twojej zmiany nie można zastosować.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="64"/>
        <source>Keep theirs</source>
        <translation type="unfinished">Zostaw ich wersję</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="65"/>
        <source>Drop my change</source>
        <translation type="unfinished">Porzuć moją zmianę</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="74"/>
        <source>Use mine</source>
        <translation type="unfinished">Użyj mojej</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="75"/>
        <source>Apply my change on top</source>
        <translation type="unfinished">Nałóż moją zmianę na ich wersję</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="85"/>
        <source>Combine by hand</source>
        <translation type="unfinished">Połącz ręcznie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="86"/>
        <source>Open mine in the editor</source>
        <translation type="unfinished">Otwórz moją wersję w edytorze</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="95"/>
        <source>Decide later</source>
        <translation type="unfinished">Zdecyduj później</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="96"/>
        <source>Back to the list</source>
        <translation type="unfinished">Wróć do listy</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="112"/>
        <source>Their version (showing now)</source>
        <translation type="unfinished">Ich wersja (widoczna teraz)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="122"/>
        <source>Your change</source>
        <translation type="unfinished">Twoja zmiana</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="161"/>
        <source>%1. Theirs: %2. Yours: %3</source>
        <translation type="unfinished">%1. Ich: %2. Twoja: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="184"/>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="195"/>
        <source>(empty)</source>
        <translation type="unfinished">(puste)</translation>
    </message>
</context>
<context>
    <name>ListingsPage</name>
    <message>
        <location filename="../../kiosk/office/qml/ListingsPage.qml" line="27"/>
        <location filename="../../kiosk/office/qml/ListingsPage.qml" line="121"/>
        <source>Listings</source>
        <translation type="unfinished">Ogłoszenia</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingsPage.qml" line="38"/>
        <source>Search the listings</source>
        <translation type="unfinished">Szukaj w ogłoszeniach</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingsPage.qml" line="44"/>
        <source>Refresh</source>
        <translation type="unfinished">Odśwież</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingsPage.qml" line="57"/>
        <source>Show archived listings</source>
        <translation type="unfinished">Pokaż zarchiwizowane ogłoszenia</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingsPage.qml" line="67"/>
        <source>Site for a new listing</source>
        <translation type="unfinished">Placówka nowego ogłoszenia</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingsPage.qml" line="74"/>
        <source>Add an activity</source>
        <translation type="unfinished">Dodaj zajęcia</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingsPage.qml" line="81"/>
        <source>Add a space</source>
        <translation type="unfinished">Dodaj miejsce</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingsPage.qml" line="89"/>
        <source>Managers read every site&apos;s listings. Each site&apos;s staff add and change them.</source>
        <translation type="unfinished">Kierownicy widzą ogłoszenia wszystkich placówek. Personel każdej placówki je dodaje i zmienia.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingsPage.qml" line="108"/>
        <source>No listings here yet.</source>
        <translation type="unfinished">Nie ma tu jeszcze ogłoszeń.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingsPage.qml" line="122"/>
        <source>Scroll the listings</source>
        <translation type="unfinished">Przewiń ogłoszenia</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingsPage.qml" line="155"/>
        <source>Archived — not shown to visitors</source>
        <translation type="unfinished">Zarchiwizowane — niewidoczne dla odwiedzających</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingsPage.qml" line="173"/>
        <source>Next: %1</source>
        <translation type="unfinished">Następny termin: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingsPage.qml" line="182"/>
        <source>Edit</source>
        <translation type="unfinished">Edytuj</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingsPage.qml" line="189"/>
        <source>Copy</source>
        <translation type="unfinished">Kopiuj</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingsPage.qml" line="196"/>
        <source>Preview</source>
        <translation type="unfinished">Podgląd</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingsPage.qml" line="204"/>
        <source>Restore</source>
        <translation type="unfinished">Przywróć</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ListingsPage.qml" line="204"/>
        <source>Archive</source>
        <translation type="unfinished">Archiwizuj</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/Main.qml" line="16"/>
        <source>Kindness Kiosk</source>
        <translation type="unfinished">Kiosk Życzliwości</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/Main.qml" line="85"/>
        <source>Staff access</source>
        <translation type="unfinished">Dostęp dla personelu</translation>
    </message>
</context>
<context>
    <name>MoreTimePrompt</name>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/MoreTimePrompt.qml" line="54"/>
        <source>Do you need more time?</source>
        <translation type="unfinished">Potrzebujesz więcej czasu?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/shell/qml/Kiosk/MoreTimePrompt.qml" line="64"/>
        <source>Going back to the start in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>Powrót do początku za %n sekundę.</numerusform>
            <numerusform>Powrót do początku za %n sekundy.</numerusform>
            <numerusform>Powrót do początku za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/MoreTimePrompt.qml" line="77"/>
        <source>Yes, more time</source>
        <translation type="unfinished">Tak, więcej czasu</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/MoreTimePrompt.qml" line="86"/>
        <source>No, I have finished</source>
        <translation type="unfinished">Nie, skończyłem/-am</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <location filename="../../kiosk/office/qml/Office.qml" line="26"/>
        <location filename="../../kiosk/office/qml/Office.qml" line="48"/>
        <source>Kindness Kiosk — the office</source>
        <translation type="unfinished">Kiosk Życzliwości — biuro</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/Office.qml" line="56"/>
        <location filename="../../kiosk/office/qml/Office.qml" line="63"/>
        <source>Language</source>
        <translation type="unfinished">Język</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/Office.qml" line="95"/>
        <source>The office</source>
        <translation type="unfinished">Biuro</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/Office.qml" line="106"/>
        <source>Results</source>
        <translation type="unfinished">Wyniki</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/Office.qml" line="114"/>
        <source>Wall</source>
        <translation type="unfinished">Tablica</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/Office.qml" line="122"/>
        <source>Listings</source>
        <translation type="unfinished">Ogłoszenia</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/Office.qml" line="130"/>
        <source>Kiosks</source>
        <translation type="unfinished">Kioski</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/Office.qml" line="139"/>
        <source>Sites &amp; people</source>
        <translation type="unfinished">Placówki i osoby</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/Office.qml" line="157"/>
        <source>Sign out</source>
        <translation type="unfinished">Wyloguj się</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="17"/>
        <source>Sites &amp; people</source>
        <translation type="unfinished">Placówki i osoby</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="46"/>
        <source>Adding sites, kiosks and people needs the central database&apos;s administrator login. It is used on this page only and not kept.</source>
        <translation type="unfinished">Dodawanie placówek, kiosków i osób wymaga loginu administratora centralnej bazy danych. Jest on używany tylko na tej stronie i nie jest zapamiętywany.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="56"/>
        <source>Administrator login</source>
        <translation type="unfinished">Login administratora</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="63"/>
        <source>Administrator password</source>
        <translation type="unfinished">Hasło administratora</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="71"/>
        <source>Unlock</source>
        <translation type="unfinished">Odblokuj</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="98"/>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="106"/>
        <source>Sites</source>
        <translation type="unfinished">Placówki</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="118"/>
        <source>New site&apos;s id</source>
        <translation type="unfinished">Identyfikator nowej placówki</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="119"/>
        <source>Its name</source>
        <translation type="unfinished">Jej nazwa</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="123"/>
        <source>Time zone</source>
        <translation type="unfinished">Strefa czasowa</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="129"/>
        <source>Add the site</source>
        <translation type="unfinished">Dodaj placówkę</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="147"/>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="155"/>
        <source>Kiosks</source>
        <translation type="unfinished">Kioski</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="170"/>
        <source>Revoke</source>
        <translation type="unfinished">Odbierz dostęp</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="187"/>
        <source>Site of the new kiosk</source>
        <translation type="unfinished">Placówka nowego kiosku</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="188"/>
        <source>New kiosk&apos;s id</source>
        <translation type="unfinished">Identyfikator nowego kiosku</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="191"/>
        <source>Add the kiosk</source>
        <translation type="unfinished">Dodaj kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="209"/>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="218"/>
        <source>People</source>
        <translation type="unfinished">Osoby</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="236"/>
        <source>New password</source>
        <translation type="unfinished">Nowe hasło</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="243"/>
        <source>Remove</source>
        <translation type="unfinished">Usuń</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="254"/>
        <source>Kind of login</source>
        <translation type="unfinished">Rodzaj konta</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="257"/>
        <source>Staff (some sites)</source>
        <translation type="unfinished">Personel (wybrane placówki)</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="258"/>
        <source>Manager (reads every site)</source>
        <translation type="unfinished">Kierownik (widzi wszystkie placówki)</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="260"/>
        <source>Login name</source>
        <translation type="unfinished">Nazwa użytkownika</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="261"/>
        <source>Sites (ids, with commas)</source>
        <translation type="unfinished">Placówki (identyfikatory po przecinku)</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/PeoplePage.qml" line="264"/>
        <source>Add the person</source>
        <translation type="unfinished">Dodaj osobę</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../kiosk/results/view_model_words.py" line="34"/>
        <source>%n sites</source>
        <translation type="unfinished">
            <numerusform>%n placówka</numerusform>
            <numerusform>%n placówki</numerusform>
            <numerusform>%n placówek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/results/view_model_words.py" line="37"/>
        <source>said yes, they experienced kindness — between %1 and %2 in 10, from %n answers</source>
        <translation type="unfinished">
            <numerusform>odpowiedziało „tak”, spotkało się z życzliwością — od %1 do %2 na 10, z %n odpowiedzi</numerusform>
            <numerusform>odpowiedziało „tak”, spotkało się z życzliwością — od %1 do %2 na 10, z %n odpowiedzi</numerusform>
            <numerusform>odpowiedziało „tak”, spotkało się z życzliwością — od %1 do %2 na 10, z %n odpowiedzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/results/view_model_words.py" line="40"/>
        <source>Of the %n people who said where:</source>
        <translation type="unfinished">
            <numerusform>Spośród %n osoby, która podała miejsce:</numerusform>
            <numerusform>Spośród %n osób, które podały miejsce:</numerusform>
            <numerusform>Spośród %n osób, które podały miejsce:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/results/view_model_words.py" line="43"/>
        <source>%1: %2 staff said yes, from %n answers</source>
        <translation type="unfinished">
            <numerusform>%1: %2 osób z personelu odpowiedziało „tak”, z %n odpowiedzi</numerusform>
            <numerusform>%1: %2 osób z personelu odpowiedziało „tak”, z %n odpowiedzi</numerusform>
            <numerusform>%1: %2 osób z personelu odpowiedziało „tak”, z %n odpowiedzi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../kiosk/shell/read_aloud_model.py" line="88"/>
        <source>Stop reading</source>
        <translation type="unfinished">Przestań czytać</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/read_aloud_model.py" line="89"/>
        <source>Read to me</source>
        <translation type="unfinished">Przeczytaj na głos</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/read_aloud_model.py" line="96"/>
        <source>Getting the voice ready…</source>
        <translation type="unfinished">Przygotowuję głos…</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/read_aloud_model.py" line="97"/>
        <source>Sorry, I cannot read %1 aloud yet.</source>
        <translation type="unfinished">Przepraszamy, nie umiem jeszcze czytać na głos w języku: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/read_aloud_model.py" line="105"/>
        <source>Read to me: tap here to check which languages have a voice.</source>
        <translation type="unfinished">Czytanie na głos: dotknij tutaj, aby sprawdzić, które języki mają głos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/read_aloud_model.py" line="108"/>
        <source>Read to me: checking the voices…</source>
        <translation type="unfinished">Czytanie na głos: sprawdzam głosy…</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/read_aloud_model.py" line="112"/>
        <source>Read to me: no voice on this kiosk (is speech-dispatcher with espeak-ng installed?).</source>
        <translation type="unfinished">Czytanie na głos: brak głosu w tym kiosku (czy zainstalowano speech-dispatcher z espeak-ng?).</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/read_aloud_model.py" line="115"/>
        <source>Read to me has a voice for %1.</source>
        <translation type="unfinished">Czytanie na głos ma głos dla: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/read_aloud_model.py" line="116"/>
        <source>Read to me has a voice for %1; none yet for %2.</source>
        <translation type="unfinished">Czytanie na głos ma głos dla: %1; jeszcze nie dla: %2.</translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <location filename="../../kiosk/results/qml/ResultsChart.qml" line="29"/>
        <source>Kindness rate, the last 8 weeks</source>
        <translation type="unfinished">Wskaźnik życzliwości, ostatnie 8 tygodni</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/qml/ResultsChart.qml" line="52"/>
        <source>%1%</source>
        <translation type="unfinished">%1%</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/qml/ResultsChart.qml" line="213"/>
        <source>now</source>
        <translation type="unfinished">teraz</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../kiosk/office/qml/ResultsPage.qml" line="22"/>
        <source>Results</source>
        <translation type="unfinished">Wyniki</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ResultsPage.qml" line="32"/>
        <source>Sites shown</source>
        <translation type="unfinished">Pokazywane placówki</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ResultsPage.qml" line="45"/>
        <source>From (first day)</source>
        <translation type="unfinished">Od (pierwszy dzień)</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ResultsPage.qml" line="54"/>
        <source>To (last day)</source>
        <translation type="unfinished">Do (ostatni dzień)</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ResultsPage.qml" line="62"/>
        <source>Show these dates</source>
        <translation type="unfinished">Pokaż te daty</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ResultsPage.qml" line="71"/>
        <source>Save as…</source>
        <translation type="unfinished">Zapisz jako…</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ResultsPage.qml" line="176"/>
        <location filename="../../kiosk/office/qml/ResultsPage.qml" line="197"/>
        <source>Alerts</source>
        <translation type="unfinished">Alerty</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ResultsPage.qml" line="182"/>
        <source>No open alerts. An alert appears here when a site&apos;s results deserve a look.</source>
        <translation type="unfinished">Brak otwartych alertów. Alert pojawia się tutaj, gdy wynikom placówki warto się przyjrzeć.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ResultsPage.qml" line="225"/>
        <source>Comment (optional)</source>
        <translation type="unfinished">Komentarz (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ResultsPage.qml" line="230"/>
        <source>Acknowledge</source>
        <translation type="unfinished">Potwierdź</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ResultsPage.qml" line="245"/>
        <source>Save the report</source>
        <translation type="unfinished">Zapisz raport</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ResultsPage.qml" line="248"/>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished">Raport PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ResultsPage.qml" line="248"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation type="unfinished">Arkusz kalkulacyjny (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/ResultsPage.qml" line="248"/>
        <source>Summary table (*.csv)</source>
        <translation type="unfinished">Tabela podsumowania (*.csv)</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../kiosk/results/qml/ResultsView.qml" line="63"/>
        <source>Results</source>
        <translation type="unfinished">Wyniki</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/qml/ResultsView.qml" line="102"/>
        <source>Staff tools</source>
        <translation type="unfinished">Narzędzia personelu</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/qml/ResultsView.qml" line="109"/>
        <source>Counting the answers…</source>
        <translation type="unfinished">Liczenie odpowiedzi…</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/qml/ResultsView.qml" line="179"/>
        <source>Where people noticed kindness</source>
        <translation type="unfinished">Gdzie ludzie spotkali życzliwość</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/qml/ResultsView.qml" line="246"/>
        <source>Staff pulse</source>
        <translation type="unfinished">Puls personelu</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/qml/ResultsView.qml" line="266"/>
        <source>Open alerts</source>
        <translation type="unfinished">Otwarte alerty</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/qml/ResultsView.qml" line="275"/>
        <source>No open alerts.</source>
        <translation type="unfinished">Brak otwartych alertów.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/qml/ResultsView.qml" line="313"/>
        <source>Acknowledge</source>
        <translation type="unfinished">Potwierdź</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/qml/ResultsView.qml" line="331"/>
        <source>Week by week</source>
        <translation type="unfinished">Tydzień po tygodniu</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/qml/ResultsView.qml" line="377"/>
        <source>Save a report</source>
        <translation type="unfinished">Zapisz raport</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/qml/ResultsView.qml" line="386"/>
        <source>The last 12 weeks, to a USB stick if one is in, else to the kiosk.</source>
        <translation type="unfinished">Ostatnie 12 tygodni — na pamięć USB, jeśli jest włożona, w przeciwnym razie w kiosku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/qml/ResultsView.qml" line="399"/>
        <source>PDF report</source>
        <translation type="unfinished">Raport PDF</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/qml/ResultsView.qml" line="409"/>
        <source>Spreadsheet</source>
        <translation type="unfinished">Arkusz kalkulacyjny</translation>
    </message>
</context>
<context>
    <name>ScheduleDates</name>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="34"/>
        <source>Remove these times</source>
        <translation type="unfinished">Usuń te godziny</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="39"/>
        <source>Its times</source>
        <translation type="unfinished">Godziny</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="39"/>
        <source>Its other times</source>
        <translation type="unfinished">Pozostałe godziny</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="64"/>
        <source>Edit</source>
        <translation type="unfinished">Edytuj</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="65"/>
        <source>Edit: %1</source>
        <translation type="unfinished">Edycja: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="70"/>
        <source>Remove</source>
        <translation type="unfinished">Usuń</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="71"/>
        <source>Remove: %1</source>
        <translation type="unfinished">Usuń: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="82"/>
        <source>Add another rule</source>
        <translation type="unfinished">Dodaj kolejną regułę</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="83"/>
        <source>e.g. also every Saturday morning</source>
        <translation type="unfinished">np. także w każdą sobotę rano</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="90"/>
        <source>The next dates</source>
        <translation type="unfinished">Najbliższe terminy</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="99"/>
        <source>The dates show when the times are complete: %1</source>
        <translation type="unfinished">Terminy pojawią się, gdy godziny będą kompletne: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="108"/>
        <source>No dates coming up.</source>
        <translation type="unfinished">Brak najbliższych terminów.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="132"/>
        <source>%1 — cancelled: %2</source>
        <translation type="unfinished">%1 — odwołane: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="133"/>
        <source>%1 — cancelled</source>
        <translation type="unfinished">%1 — odwołane</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="144"/>
        <source>Undo cancel</source>
        <translation type="unfinished">Cofnij odwołanie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="144"/>
        <source>Cancel this session</source>
        <translation type="unfinished">Odwołaj ten termin</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="145"/>
        <source>Undo cancel: %1</source>
        <translation type="unfinished">Cofnij odwołanie: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="145"/>
        <source>Cancel this session: %1</source>
        <translation type="unfinished">Odwołaj ten termin: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="158"/>
        <source>Why it is cancelled (visitors see this)</source>
        <translation type="unfinished">Powód odwołania (widoczny dla odwiedzających)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="159"/>
        <source>e.g. The leader is unwell — back next week</source>
        <translation type="unfinished">np. Osoba prowadząca jest chora — wracamy za tydzień</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="167"/>
        <source>Cancel the session</source>
        <translation type="unfinished">Odwołaj termin</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="172"/>
        <source>Keep it on</source>
        <translation type="unfinished">Nie odwołuj</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="182"/>
        <source>Closed for a while</source>
        <translation type="unfinished">Czasowo nieczynne</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="189"/>
        <source>Each session in these days shows as cancelled, with the reason, so visitors know.</source>
        <translation type="unfinished">Każdy termin w tych dniach jest pokazywany jako odwołany, z powodem, żeby odwiedzający wiedzieli.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="190"/>
        <source>The space shows as closed on these days.</source>
        <translation type="unfinished">W te dni miejsce jest pokazywane jako zamknięte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="213"/>
        <source>Open again</source>
        <translation type="unfinished">Otwórz ponownie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="214"/>
        <source>Open again: %1</source>
        <translation type="unfinished">Otwórz ponownie: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="225"/>
        <source>Closed from</source>
        <translation type="unfinished">Nieczynne od</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="226"/>
        <source>e.g. 24/12/2026</source>
        <translation type="unfinished">np. 24/12/2026</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="233"/>
        <source>Until (the last day closed)</source>
        <translation type="unfinished">Do (ostatni dzień przerwy)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="234"/>
        <source>e.g. 2/1/2027</source>
        <translation type="unfinished">np. 2/1/2027</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="243"/>
        <source>Reason visitors see (optional)</source>
        <translation type="unfinished">Powód widoczny dla odwiedzających (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="244"/>
        <source>e.g. Closed for the holidays</source>
        <translation type="unfinished">np. Przerwa świąteczna</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="252"/>
        <source>Add the closure</source>
        <translation type="unfinished">Dodaj przerwę</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="259"/>
        <source>An extra date</source>
        <translation type="unfinished">Dodatkowy termin</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="272"/>
        <source>Date</source>
        <translation type="unfinished">Data</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="273"/>
        <source>e.g. 19/12/2026</source>
        <translation type="unfinished">np. 19/12/2026</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="280"/>
        <source>Starts at</source>
        <translation type="unfinished">Początek</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="281"/>
        <source>e.g. 10:00</source>
        <translation type="unfinished">np. 10:00</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="288"/>
        <source>Ends at</source>
        <translation type="unfinished">Koniec</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="289"/>
        <source>e.g. 12:00</source>
        <translation type="unfinished">np. 12:00</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ScheduleDates.qml" line="301"/>
        <source>Add this date</source>
        <translation type="unfinished">Dodaj ten termin</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../kiosk/office/qml/SignInPage.qml" line="23"/>
        <source>Kindness Kiosk — the office</source>
        <translation type="unfinished">Kiosk Życzliwości — biuro</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/SignInPage.qml" line="32"/>
        <source>Sign in with your own staff or manager login. Your password is not kept.</source>
        <translation type="unfinished">Zaloguj się własnym loginem personelu lub kierownika. Hasło nie jest zapamiętywane.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/SignInPage.qml" line="42"/>
        <source>Central database</source>
        <translation type="unfinished">Centralna baza danych</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/SignInPage.qml" line="52"/>
        <source>Login name</source>
        <translation type="unfinished">Nazwa użytkownika</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/SignInPage.qml" line="61"/>
        <source>Password</source>
        <translation type="unfinished">Hasło</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/SignInPage.qml" line="80"/>
        <source>Signing in…</source>
        <translation type="unfinished">Logowanie…</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/SignInPage.qml" line="80"/>
        <source>Sign in</source>
        <translation type="unfinished">Zaloguj się</translation>
    </message>
</context>
<context>
    <name>SiteSettingsPanel</name>
    <message>
        <location filename="../../kiosk/office/qml/SiteSettingsPanel.qml" line="22"/>
        <source>Kiosk settings</source>
        <translation type="unfinished">Ustawienia kiosków</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/SiteSettingsPanel.qml" line="32"/>
        <source>Site</source>
        <translation type="unfinished">Placówka</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/SiteSettingsPanel.qml" line="39"/>
        <source>Back to the kiosks</source>
        <translation type="unfinished">Wróć do kiosków</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/SiteSettingsPanel.qml" line="46"/>
        <source>What you set here reaches every kiosk of the site with its next sync and replaces what the kiosk&apos;s own file says. Leave a setting as the kiosk&apos;s file says to let each kiosk decide.</source>
        <translation type="unfinished">To, co ustawisz tutaj, trafi do każdego kiosku placówki przy jego następnej synchronizacji i zastąpi to, co podaje własny plik kiosku. Zostaw ustawienie „jak w pliku kiosku”, aby każdy kiosk decydował sam.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/SiteSettingsPanel.qml" line="85"/>
        <source>Scroll the settings</source>
        <translation type="unfinished">Przewiń ustawienia</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/SiteSettingsPanel.qml" line="118"/>
        <source>Set here for every kiosk of the site</source>
        <translation type="unfinished">Ustawione tutaj dla wszystkich kiosków placówki</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/SiteSettingsPanel.qml" line="119"/>
        <location filename="../../kiosk/office/qml/SiteSettingsPanel.qml" line="136"/>
        <location filename="../../kiosk/office/qml/SiteSettingsPanel.qml" line="161"/>
        <source>As the kiosk&apos;s file says</source>
        <translation type="unfinished">Jak w pliku kiosku</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/SiteSettingsPanel.qml" line="206"/>
        <source>Clear</source>
        <translation type="unfinished">Wyczyść</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/SiteSettingsPanel.qml" line="211"/>
        <source>Clear %1: as the kiosk&apos;s file says</source>
        <translation type="unfinished">Wyczyść %1: jak w pliku kiosku</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/SiteSettingsPanel.qml" line="225"/>
        <source>Undo changes</source>
        <translation type="unfinished">Cofnij zmiany</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/SiteSettingsPanel.qml" line="234"/>
        <source>Save for this site</source>
        <translation type="unfinished">Zapisz dla tej placówki</translation>
    </message>
</context>
<context>
    <name>SleepView</name>
    <message>
        <location filename="../../kiosk/upkeep/qml/SleepView.qml" line="20"/>
        <source>Wake the kiosk</source>
        <translation type="unfinished">Obudź kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/upkeep/qml/SleepView.qml" line="32"/>
        <source>Closed now</source>
        <translation type="unfinished">Teraz zamknięte</translation>
    </message>
    <message>
        <location filename="../../kiosk/upkeep/qml/SleepView.qml" line="52"/>
        <source>Touch the screen to use the kiosk.</source>
        <translation type="unfinished">Dotknij ekranu, aby skorzystać z kiosku.</translation>
    </message>
</context>
<context>
    <name>SleepViewModel</name>
    <message>
        <location filename="../../kiosk/upkeep/sleep_model.py" line="66"/>
        <source>Open again today at %1</source>
        <translation type="unfinished">Otwarte znów dziś o %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/upkeep/sleep_model.py" line="67"/>
        <source>Open again on %1 at %2</source>
        <translation type="unfinished">Otwarte znów: %1, godz. %2</translation>
    </message>
</context>
<context>
    <name>StaffHomeView</name>
    <message>
        <location filename="../../kiosk/staff/qml/StaffHomeView.qml" line="23"/>
        <source>Staff mode</source>
        <translation type="unfinished">Tryb personelu</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffHomeView.qml" line="42"/>
        <source>Visitors cannot see these screens. Staff mode ends when you leave or after a short time without a touch.</source>
        <translation type="unfinished">Odwiedzający nie widzą tych ekranów. Tryb personelu kończy się, gdy go opuścisz lub po krótkim czasie bez dotyku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffHomeView.qml" line="92"/>
        <source>No staff tools are installed on this kiosk yet.</source>
        <translation type="unfinished">W tym kiosku nie zainstalowano jeszcze narzędzi personelu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffHomeView.qml" line="126"/>
        <source>Leave staff mode</source>
        <translation type="unfinished">Wyjdź z trybu personelu</translation>
    </message>
</context>
<context>
    <name>StaffListingsView</name>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="33"/>
        <source>Listings</source>
        <translation type="unfinished">Ogłoszenia</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="46"/>
        <source>Staff tools</source>
        <translation type="unfinished">Narzędzia personelu</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="51"/>
        <source>What visitors see under What&apos;s on. Changes show on this kiosk at once and reach the site&apos;s other kiosks at the next sync.</source>
        <translation type="unfinished">To, co odwiedzający widzą w „Co się dzieje”. Zmiany pojawiają się w tym kiosku od razu, a w innych kioskach placówki po następnej synchronizacji.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="67"/>
        <source>Add activity</source>
        <translation type="unfinished">Dodaj zajęcia</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="68"/>
        <source>Sessions at times</source>
        <translation type="unfinished">Spotkania w określonych godzinach</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="75"/>
        <source>Add space</source>
        <translation type="unfinished">Dodaj miejsce</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="76"/>
        <source>A place open in hours</source>
        <translation type="unfinished">Miejsce otwarte w określonych godzinach</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="85"/>
        <source>Show archived (%1)</source>
        <translation type="unfinished">Pokaż zarchiwizowane (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="121"/>
        <source>Look at both</source>
        <translation type="unfinished">Zobacz obie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="170"/>
        <source>No listings yet. Add an activity or a space — or import a file from Open Referral or OpenActive with: kiosk import-listings</source>
        <translation type="unfinished">Nie ma jeszcze ogłoszeń. Dodaj zajęcia lub miejsce — albo zaimportuj plik z Open Referral lub OpenActive poleceniem: kiosk import-listings</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="233"/>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="272"/>
        <source>Edit</source>
        <translation type="unfinished">Edytuj</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="282"/>
        <source>Copy</source>
        <translation type="unfinished">Kopiuj</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="292"/>
        <source>Preview</source>
        <translation type="unfinished">Podgląd</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="303"/>
        <source>Restore</source>
        <translation type="unfinished">Przywróć</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="303"/>
        <source>Archive</source>
        <translation type="unfinished">Archiwizuj</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="312"/>
        <source>Archive “%1”? Visitors will no longer see it. It is kept, and Restore brings it back.</source>
        <translation type="unfinished">Zarchiwizować „%1”? Odwiedzający przestaną je widzieć. Zostanie zachowane, a „Przywróć” przywróci je z powrotem.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="325"/>
        <source>Yes, archive it</source>
        <translation type="unfinished">Tak, archiwizuj</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="337"/>
        <source>Keep showing it</source>
        <translation type="unfinished">Nadal pokazuj</translation>
    </message>
</context>
<context>
    <name>StaffModerationView</name>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="29"/>
        <source>Kindness wall messages</source>
        <translation type="unfinished">Wiadomości na tablicy życzliwości</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="42"/>
        <source>Staff tools</source>
        <translation type="unfinished">Narzędzia personelu</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="52"/>
        <source>Waiting (%1)</source>
        <translation type="unfinished">Czekające (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="53"/>
        <source>On the wall</source>
        <translation type="unfinished">Na tablicy</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="54"/>
        <source>Taken down</source>
        <translation type="unfinished">Zdjęte</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="122"/>
        <source>%1 · %2 · pinned</source>
        <translation type="unfinished">%1 · %2 · przypięte</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="123"/>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="140"/>
        <source>The filter noticed: %1</source>
        <translation type="unfinished">Filtr zauważył: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="155"/>
        <source>Approve</source>
        <translation type="unfinished">Zatwierdź</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="165"/>
        <source>Reject</source>
        <translation type="unfinished">Odrzuć</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="175"/>
        <source>Approve and pin</source>
        <translation type="unfinished">Zatwierdź i przypnij</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="185"/>
        <source>Unpin</source>
        <translation type="unfinished">Odepnij</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="185"/>
        <source>Pin to the top</source>
        <translation type="unfinished">Przypnij na górze</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="195"/>
        <source>Hide</source>
        <translation type="unfinished">Ukryj</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="203"/>
        <source>Show on the wall again</source>
        <translation type="unfinished">Pokaż znowu na tablicy</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="210"/>
        <source>Why is it not going on the wall?</source>
        <translation type="unfinished">Dlaczego nie trafia na tablicę?</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="211"/>
        <source>Why is it coming down?</source>
        <translation type="unfinished">Dlaczego jest zdejmowana?</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="243"/>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="255"/>
        <source>Nothing is waiting. All caught up!</source>
        <translation type="unfinished">Nic nie czeka. Wszystko zrobione!</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="256"/>
        <source>No messages are on the wall yet.</source>
        <translation type="unfinished">Na tablicy nie ma jeszcze wiadomości.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="257"/>
        <source>No messages have been taken down.</source>
        <translation type="unfinished">Nie zdjęto żadnych wiadomości.</translation>
    </message>
</context>
<context>
    <name>StaffPinView</name>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPinView.qml" line="22"/>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN personelu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/staff/qml/StaffPinView.qml" line="35"/>
        <source>%n digit(s) typed</source>
        <translation type="unfinished">
            <numerusform>Wpisano %n cyfrę</numerusform>
            <numerusform>Wpisano %n cyfry</numerusform>
            <numerusform>Wpisano %n cyfr</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPinView.qml" line="75"/>
        <source>Delete</source>
        <translation type="unfinished">Usuń</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPinView.qml" line="75"/>
        <source>Enter</source>
        <translation type="unfinished">Zatwierdź</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPinView.qml" line="91"/>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
</context>
<context>
    <name>StaffPulseView</name>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPulseView.qml" line="26"/>
        <source>Welcome to staff mode</source>
        <translation type="unfinished">Witamy w trybie personelu</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPulseView.qml" line="37"/>
        <source>Did you experience kindness at work today?</source>
        <translation type="unfinished">Czy spotkała Cię dziś życzliwość w pracy?</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPulseView.qml" line="49"/>
        <source>One tap, and no names. Your answer is kept with the site and the date only, and shown only as a monthly count.</source>
        <translation type="unfinished">Jedno dotknięcie, bez nazwisk. Odpowiedź jest zapisywana tylko z placówką i datą i pokazywana tylko jako miesięczna liczba.</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPulseView.qml" line="68"/>
        <source>Yes</source>
        <translation type="unfinished">Tak</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPulseView.qml" line="69"/>
        <source>Not sure</source>
        <translation type="unfinished">Nie wiem</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPulseView.qml" line="70"/>
        <source>No</source>
        <translation type="unfinished">Nie</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPulseView.qml" line="124"/>
        <source>Skip</source>
        <translation type="unfinished">Pomiń</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPulseView.qml" line="134"/>
        <source>I&apos;ve already answered today</source>
        <translation type="unfinished">Dziś już odpowiedziałem/-am</translation>
    </message>
</context>
<context>
    <name>StaffSignInView</name>
    <message>
        <location filename="../../kiosk/staff/qml/StaffSignInView.qml" line="52"/>
        <source>Sign in to send decisions</source>
        <translation type="unfinished">Zaloguj się, aby wysłać decyzje</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffSignInView.qml" line="61"/>
        <source>Use your own staff login for the central database (not the kiosk&apos;s PIN). What you decide in staff mode then reaches the other kiosks of this site. You are signed out when staff mode ends.</source>
        <translation type="unfinished">Użyj własnego loginu personelu do centralnej bazy danych (nie PIN-u kiosku). Wtedy Twoje decyzje z trybu personelu trafią do innych kiosków tej placówki. Wylogowanie następuje po wyjściu z trybu personelu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffSignInView.qml" line="68"/>
        <location filename="../../kiosk/staff/qml/StaffSignInView.qml" line="77"/>
        <source>User name</source>
        <translation type="unfinished">Nazwa użytkownika</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffSignInView.qml" line="81"/>
        <location filename="../../kiosk/staff/qml/StaffSignInView.qml" line="92"/>
        <source>Password</source>
        <translation type="unfinished">Hasło</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffSignInView.qml" line="114"/>
        <source>Back to staff mode</source>
        <translation type="unfinished">Wróć do trybu personelu</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffSignInView.qml" line="114"/>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffSignInView.qml" line="122"/>
        <source>Send</source>
        <translation type="unfinished">Wyślij</translation>
    </message>
</context>
<context>
    <name>StaffSignInViewModel</name>
    <message>
        <location filename="../../kiosk/staff/sign_in_model.py" line="90"/>
        <source>Signed in as %1: your decisions go to the other kiosks until you leave staff mode.</source>
        <translation type="unfinished">Zalogowano jako %1: Twoje decyzje trafiają do innych kiosków, dopóki nie wyjdziesz z trybu personelu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/staff/sign_in_model.py" line="93"/>
        <source>%n decision(s) wait to reach the other kiosks — Sign in to send them</source>
        <translation type="unfinished">
            <numerusform>%n decyzja czeka na wysłanie do innych kiosków — zaloguj się, aby ją wysłać</numerusform>
            <numerusform>%n decyzje czekają na wysłanie do innych kiosków — zaloguj się, aby je wysłać</numerusform>
            <numerusform>%n decyzji czeka na wysłanie do innych kiosków — zaloguj się, aby je wysłać</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/sign_in_model.py" line="95"/>
        <source>Sign in with your own central login to send your decisions to the other kiosks</source>
        <translation type="unfinished">Zaloguj się własnym loginem centralnym, aby wysłać swoje decyzje do innych kiosków</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/sign_in_model.py" line="206"/>
        <source>Sent as %1.</source>
        <translation type="unfinished">Wysłano jako %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/sign_in_model.py" line="210"/>
        <source>The central database did not accept the staff login %1 (wrong name or password). The decisions stay on this kiosk until a member of staff signs in.</source>
        <translation type="unfinished">Centralna baza danych nie przyjęła loginu personelu %1 (zła nazwa lub hasło). Decyzje zostają w tym kiosku, dopóki ktoś z personelu się nie zaloguje.</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/sign_in_model.py" line="217"/>
        <source>The staff login %1 may not decide for this site. Ask an administrator to add this site to that login; the decisions stay on this kiosk.</source>
        <translation type="unfinished">Login personelu %1 nie może decydować za tę placówkę. Poproś administratora o dodanie tej placówki do tego loginu; decyzje zostają w tym kiosku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/sign_in_model.py" line="223"/>
        <source>The decisions could not be sent just now. They stay on this kiosk; please try again later.</source>
        <translation type="unfinished">Nie udało się teraz wysłać decyzji. Zostają w tym kiosku; spróbuj ponownie później.</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/sign_in_model.py" line="229"/>
        <source>The kiosk cannot reach the central database just now, so nothing was sent yet. You are signed in as %1: the decisions go with the next sync that works.</source>
        <translation type="unfinished">Kiosk nie może teraz połączyć się z centralną bazą danych, więc jeszcze nic nie wysłano. Zalogowano jako %1: decyzje zostaną wysłane przy następnej udanej synchronizacji.</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/sign_in_model.py" line="236"/>
        <source>Type your central user name and password.</source>
        <translation type="unfinished">Wpisz swoją centralną nazwę użytkownika i hasło.</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/sign_in_model.py" line="240"/>
        <source>Sending…</source>
        <translation type="unfinished">Wysyłanie…</translation>
    </message>
</context>
<context>
    <name>StaffViewModel</name>
    <message numerus="yes">
        <location filename="../../kiosk/staff/view_model.py" line="240"/>
        <source>Too many wrong PINs. Please try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform>Za dużo błędnych kodów PIN. Spróbuj ponownie za %n minutę.</numerusform>
            <numerusform>Za dużo błędnych kodów PIN. Spróbuj ponownie za %n minuty.</numerusform>
            <numerusform>Za dużo błędnych kodów PIN. Spróbuj ponownie za %n minut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/staff/view_model.py" line="241"/>
        <source>Too many wrong PINs. Please try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>Za dużo błędnych kodów PIN. Spróbuj ponownie za %n sekundę.</numerusform>
            <numerusform>Za dużo błędnych kodów PIN. Spróbuj ponownie za %n sekundy.</numerusform>
            <numerusform>Za dużo błędnych kodów PIN. Spróbuj ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/staff/view_model.py" line="275"/>
        <source>That PIN is not right. %n tries left.</source>
        <translation type="unfinished">
            <numerusform>Błędny PIN. Została %n próba.</numerusform>
            <numerusform>Błędny PIN. Zostały %n próby.</numerusform>
            <numerusform>Błędny PIN. Zostało %n prób.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThanksView</name>
    <message>
        <location filename="../../kiosk/checkin/qml/ThanksView.qml" line="19"/>
        <source>Thank you for telling us. Your answer was kept.</source>
        <translation type="unfinished">Dziękujemy, że nam powiedziałeś/-aś. Twoja odpowiedź została zapisana.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/ThanksView.qml" line="20"/>
        <source>Thank you. Your answer was kept.</source>
        <translation type="unfinished">Dziękujemy. Twoja odpowiedź została zapisana.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/ThanksView.qml" line="42"/>
        <source>Thank you for telling us</source>
        <translation type="unfinished">Dziękujemy, że nam o tym mówisz</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/ThanksView.qml" line="42"/>
        <source>Thank you</source>
        <translation type="unfinished">Dziękujemy</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/ThanksView.qml" line="54"/>
        <source>We are sorry to hear that. Our staff are here to help. Please speak to anyone at the desk, we would like to put it right.</source>
        <translation type="unfinished">Przykro nam to słyszeć. Nasz personel chętnie pomoże. Porozmawiaj, proszę, z kimkolwiek w recepcji — chcemy to naprawić.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/ThanksView.qml" line="55"/>
        <source>Your answer helps us make this a kinder place for everyone.</source>
        <translation type="unfinished">Twoja odpowiedź pomaga nam uczynić to miejsce bardziej życzliwym dla wszystkich.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/ThanksView.qml" line="79"/>
        <source>Done</source>
        <translation type="unfinished">Gotowe</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/ThanksView.qml" line="90"/>
        <source>Keep this on screen</source>
        <translation type="unfinished">Zostaw to na ekranie</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/ThanksView.qml" line="97"/>
        <source>This stays on screen while you need it. Tap Done when you have finished.</source>
        <translation type="unfinished">To zostanie na ekranie, dopóki potrzebujesz. Dotknij „Gotowe”, gdy skończysz.</translation>
    </message>
</context>
<context>
    <name>WallAttractStrip</name>
    <message>
        <location filename="../../kiosk/wall/qml/WallAttractStrip.qml" line="20"/>
        <source>Show the welcome screen</source>
        <translation type="unfinished">Pokaż ekran powitalny</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallAttractStrip.qml" line="45"/>
        <source>Kind words from our wall</source>
        <translation type="unfinished">Życzliwe słowa z naszej tablicy</translation>
    </message>
</context>
<context>
    <name>WallCard</name>
    <message>
        <location filename="../../kiosk/wall/qml/WallCard.qml" line="44"/>
        <source>“</source>
        <extracomment>The opening quotation mark, drawn large at the top of each wall message</extracomment>
        <translation type="unfinished">„</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallCard.qml" line="63"/>
        <source>Pinned by staff</source>
        <translation type="unfinished">Przypięte przez personel</translation>
    </message>
</context>
<context>
    <name>WallComposeView</name>
    <message>
        <location filename="../../kiosk/wall/qml/WallComposeView.qml" line="44"/>
        <source>Write a kind message</source>
        <translation type="unfinished">Napisz życzliwą wiadomość</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallComposeView.qml" line="53"/>
        <source>First names or “the lady at desk 3” are perfect. Please leave out full names, phone numbers and emails.</source>
        <translation type="unfinished">Imiona albo „pani przy stanowisku 3” są w sam raz. Prosimy nie podawać pełnych imion i nazwisk, numerów telefonów ani adresów e-mail.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallComposeView.qml" line="133"/>
        <source>Who would you like to thank?</source>
        <translation type="unfinished">Komu chcesz podziękować?</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallComposeView.qml" line="141"/>
        <location filename="../../kiosk/wall/qml/WallComposeView.qml" line="150"/>
        <source>Your message</source>
        <translation type="unfinished">Twoja wiadomość</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallComposeView.qml" line="168"/>
        <source>This part does not fit: “%1”</source>
        <translation type="unfinished">Ten fragment się nie mieści: „%1”</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallComposeView.qml" line="212"/>
        <source>Back</source>
        <translation type="unfinished">Wstecz</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallComposeView.qml" line="226"/>
        <source>Preview</source>
        <translation type="unfinished">Podgląd</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallComposeView.qml" line="238"/>
        <source>Send</source>
        <translation type="unfinished">Wyślij</translation>
    </message>
</context>
<context>
    <name>WallPage</name>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="20"/>
        <source>Wall</source>
        <translation type="unfinished">Tablica</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="31"/>
        <source>Search the messages</source>
        <translation type="unfinished">Szukaj w wiadomościach</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="37"/>
        <source>Refresh</source>
        <translation type="unfinished">Odśwież</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="47"/>
        <source>Waiting (%1)</source>
        <translation type="unfinished">Czekające (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="47"/>
        <source>On the wall (%1)</source>
        <translation type="unfinished">Na tablicy (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="48"/>
        <source>Taken down (%1)</source>
        <translation type="unfinished">Zdjęte (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="63"/>
        <source>Managers read every site&apos;s wall. Decisions are made by each site&apos;s staff.</source>
        <translation type="unfinished">Kierownicy widzą tablice wszystkich placówek. Decyzje podejmuje personel każdej placówki.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="82"/>
        <source>Nothing here.</source>
        <translation type="unfinished">Nic tu nie ma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="95"/>
        <source>Messages</source>
        <translation type="unfinished">Wiadomości</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="96"/>
        <source>Scroll the messages</source>
        <translation type="unfinished">Przewiń wiadomości</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="124"/>
        <source>%1 · kiosk %2 · %3</source>
        <translation type="unfinished">%1 · kiosk %2 · %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="125"/>
        <source>pinned</source>
        <translation type="unfinished">przypięte</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="141"/>
        <source>The filter noticed: %1</source>
        <translation type="unfinished">Filtr zauważył: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="154"/>
        <source>Approve</source>
        <translation type="unfinished">Zatwierdź</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="161"/>
        <source>Approve and pin</source>
        <translation type="unfinished">Zatwierdź i przypnij</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="170"/>
        <source>Reason</source>
        <translation type="unfinished">Powód</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="177"/>
        <source>Reject</source>
        <translation type="unfinished">Odrzuć</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="185"/>
        <source>Unpin</source>
        <translation type="unfinished">Odepnij</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="185"/>
        <source>Pin to the top</source>
        <translation type="unfinished">Przypnij na górze</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="193"/>
        <source>Hide</source>
        <translation type="unfinished">Ukryj</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/qml/WallPage.qml" line="201"/>
        <source>Show again</source>
        <translation type="unfinished">Pokaż ponownie</translation>
    </message>
</context>
<context>
    <name>WallPosterView</name>
    <message>
        <location filename="../../kiosk/wall/qml/WallPosterView.qml" line="35"/>
        <source>Print a wall poster</source>
        <translation type="unfinished">Wydrukuj plakat z tablicy</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPosterView.qml" line="48"/>
        <source>Staff tools</source>
        <translation type="unfinished">Narzędzia personelu</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPosterView.qml" line="53"/>
        <source>The messages on the wall as a poster for a noticeboard, ready to print.</source>
        <translation type="unfinished">Wiadomości z tablicy jako plakat na tablicę ogłoszeń, gotowy do druku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPosterView.qml" line="60"/>
        <source>Paper</source>
        <translation type="unfinished">Papier</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPosterView.qml" line="86"/>
        <source>Which messages</source>
        <translation type="unfinished">Które wiadomości</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPosterView.qml" line="116"/>
        <source>Making the poster…</source>
        <translation type="unfinished">Tworzenie plakatu…</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPosterView.qml" line="116"/>
        <source>Make the poster</source>
        <translation type="unfinished">Utwórz plakat</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPosterView.qml" line="144"/>
        <source>The poster&apos;s first page</source>
        <translation type="unfinished">Pierwsza strona plakatu</translation>
    </message>
</context>
<context>
    <name>WallPreviewView</name>
    <message>
        <location filename="../../kiosk/wall/qml/WallPreviewView.qml" line="26"/>
        <source>This is how it will look on the wall</source>
        <translation type="unfinished">Tak to będzie wyglądać na tablicy</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPreviewView.qml" line="41"/>
        <source>Today</source>
        <translation type="unfinished">Dzisiaj</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPreviewView.qml" line="66"/>
        <source>Change it</source>
        <translation type="unfinished">Zmień</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPreviewView.qml" line="74"/>
        <source>Send</source>
        <translation type="unfinished">Wyślij</translation>
    </message>
</context>
<context>
    <name>WallSentView</name>
    <message>
        <location filename="../../kiosk/wall/qml/WallSentView.qml" line="70"/>
        <source>See the wall</source>
        <translation type="unfinished">Zobacz tablicę</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallSentView.qml" line="76"/>
        <source>Done</source>
        <translation type="unfinished">Gotowe</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <location filename="../../kiosk/wall/qml/WallView.qml" line="37"/>
        <source>Kindness wall</source>
        <translation type="unfinished">Tablica życzliwości</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallView.qml" line="45"/>
        <source>Thank-you notes from people who visit us. Noticed some kindness today? Add yours.</source>
        <translation type="unfinished">Podziękowania od osób, które nas odwiedzają. Spotkała Cię dziś życzliwość? Dodaj swoje.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallView.qml" line="55"/>
        <source>Thank-you notes on the wall: %1</source>
        <translation type="unfinished">Podziękowania na tablicy: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallView.qml" line="73"/>
        <source>Write a message</source>
        <translation type="unfinished">Napisz wiadomość</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallView.qml" line="74"/>
        <source>It takes a minute</source>
        <translation type="unfinished">To zajmie minutę</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallView.qml" line="86"/>
        <source>Back to the start</source>
        <translation type="unfinished">Wróć na początek</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallView.qml" line="115"/>
        <source>Messages on the wall</source>
        <translation type="unfinished">Wiadomości na tablicy</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallView.qml" line="182"/>
        <source>No messages on the wall yet. Be the first to thank someone!</source>
        <translation type="unfinished">Na tablicy nie ma jeszcze wiadomości. Bądź pierwszą osobą, która komuś podziękuje!</translation>
    </message>
</context>
<context>
    <name>WhatsOnView</name>
    <message>
        <location filename="../../kiosk/whatson/qml/WhatsOnView.qml" line="77"/>
        <source>What&apos;s on</source>
        <translation type="unfinished">Co się dzieje</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/WhatsOnView.qml" line="85"/>
        <source>Warm, welcoming places you can simply walk into — no booking, no need to say why.</source>
        <translation type="unfinished">Ciepłe, przyjazne miejsca, do których można po prostu wejść — bez zapisów i bez tłumaczenia się.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/WhatsOnView.qml" line="86"/>
        <source>Groups, activities and help nearby. Most are free, and you can just turn up.</source>
        <translation type="unfinished">Grupy, zajęcia i pomoc w okolicy. Większość jest bezpłatna i można po prostu przyjść.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/WhatsOnView.qml" line="140"/>
        <location filename="../../kiosk/whatson/qml/WhatsOnView.qml" line="326"/>
        <source>Back to the start</source>
        <translation type="unfinished">Wróć na początek</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/WhatsOnView.qml" line="312"/>
        <source>One moment…</source>
        <translation type="unfinished">Chwileczkę…</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <location filename="../../kiosk/checkin/view_model.py" line="40"/>
        <source>Yes</source>
        <translation type="unfinished">Tak</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/view_model.py" line="41"/>
        <source>Not sure</source>
        <translation type="unfinished">Nie wiem</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/view_model.py" line="42"/>
        <source>No</source>
        <translation type="unfinished">Nie</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/view_model.py" line="49"/>
        <source>From staff here</source>
        <translation type="unfinished">Od personelu tutaj</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/view_model.py" line="50"/>
        <source>From another visitor</source>
        <translation type="unfinished">Od innej osoby odwiedzającej</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/view_model.py" line="51"/>
        <source>Somewhere else</source>
        <translation type="unfinished">Gdzie indziej</translation>
    </message>
</context>
<context>
    <name>listings</name>
    <message>
        <location filename="../../kiosk/whatson/conflict_model.py" line="82"/>
        <source>Someone else changed “%1” after you started, so your change was not applied. Nothing is lost: choose which version visitors should see.</source>
        <translation type="unfinished">Ktoś inny zmienił „%1” po tym, jak zaczęto edycję, więc Twoja zmiana nie została zastosowana. Nic nie przepadło: wybierz, którą wersję mają widzieć odwiedzający.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/conflict_model.py" line="218"/>
        <source>No (archived)</source>
        <translation type="unfinished">Nie (zarchiwizowane)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_photo_model.py" line="63"/>
        <source>No photos found. Plug in a USB stick, or type the photo&apos;s path below.</source>
        <translation type="unfinished">Nie znaleziono zdjęć. Podłącz pamięć USB albo wpisz poniżej ścieżkę do zdjęcia.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_photo_model.py" line="66"/>
        <source>Type the photo&apos;s path first.</source>
        <translation type="unfinished">Najpierw wpisz ścieżkę do zdjęcia.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_photo_model.py" line="68"/>
        <source>Getting the photo ready…</source>
        <translation type="unfinished">Przygotowywanie zdjęcia…</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="19"/>
        <source>Title</source>
        <translation type="unfinished">Tytuł</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="20"/>
        <source>Short description</source>
        <translation type="unfinished">Krótki opis</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="21"/>
        <source>Full description</source>
        <translation type="unfinished">Pełny opis</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="22"/>
        <source>Category</source>
        <translation type="unfinished">Kategoria</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="23"/>
        <source>Building</source>
        <translation type="unfinished">Budynek</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="24"/>
        <source>Room</source>
        <translation type="unfinished">Sala</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="25"/>
        <source>Address</source>
        <translation type="unfinished">Adres</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="26"/>
        <source>Organiser</source>
        <translation type="unfinished">Organizator</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="27"/>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="28"/>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="29"/>
        <source>Web link</source>
        <translation type="unfinished">Link do strony</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="30"/>
        <source>Who it is for</source>
        <translation type="unfinished">Dla kogo</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="31"/>
        <source>Languages spoken</source>
        <translation type="unfinished">Języki, w których można porozmawiać</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="32"/>
        <source>Price</source>
        <translation type="unfinished">Cena</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="33"/>
        <source>About the price</source>
        <translation type="unfinished">O cenie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="34"/>
        <source>More about access</source>
        <translation type="unfinished">Więcej o dostępności</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="35"/>
        <source>Showing from</source>
        <translation type="unfinished">Pokazuj od</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="36"/>
        <source>Showing until</source>
        <translation type="unfinished">Pokazuj do</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="37"/>
        <source>Start time</source>
        <translation type="unfinished">Godzina rozpoczęcia</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="38"/>
        <source>End time</source>
        <translation type="unfinished">Godzina zakończenia</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="39"/>
        <source>Date</source>
        <translation type="unfinished">Data</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="40"/>
        <source>Days</source>
        <translation type="unfinished">Dni</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="41"/>
        <source>Opening hours</source>
        <translation type="unfinished">Godziny otwarcia</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="42"/>
        <source>Accessibility</source>
        <translation type="unfinished">Dostępność</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="43"/>
        <source>Photo</source>
        <translation type="unfinished">Zdjęcie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="44"/>
        <source>Listing</source>
        <translation type="unfinished">Ogłoszenie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="45"/>
        <source>Kind</source>
        <translation type="unfinished">Rodzaj</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="46"/>
        <source>Times</source>
        <translation type="unfinished">Terminy</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="47"/>
        <source>Drop-in</source>
        <translation type="unfinished">Bez zapisów</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="48"/>
        <source>Why it is cancelled</source>
        <translation type="unfinished">Powód odwołania</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="49"/>
        <source>Closed from</source>
        <translation type="unfinished">Nieczynne od</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="50"/>
        <source>Closed until</source>
        <translation type="unfinished">Nieczynne do</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="51"/>
        <source>Reason for the closure</source>
        <translation type="unfinished">Powód przerwy</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="52"/>
        <source>Extra date</source>
        <translation type="unfinished">Dodatkowy termin</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="53"/>
        <source>Extra date starts at</source>
        <translation type="unfinished">Początek dodatkowego terminu</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="54"/>
        <source>Extra date ends at</source>
        <translation type="unfinished">Koniec dodatkowego terminu</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="58"/>
        <source>Opening hours on %1</source>
        <translation type="unfinished">Godziny otwarcia: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="63"/>
        <source>Monday</source>
        <translation type="unfinished">Poniedziałek</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="63"/>
        <source>Tuesday</source>
        <translation type="unfinished">Wtorek</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="64"/>
        <source>Wednesday</source>
        <translation type="unfinished">Środa</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="65"/>
        <source>Thursday</source>
        <translation type="unfinished">Czwartek</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="65"/>
        <source>Friday</source>
        <translation type="unfinished">Piątek</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="66"/>
        <source>Saturday</source>
        <translation type="unfinished">Sobota</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="66"/>
        <source>Sunday</source>
        <translation type="unfinished">Niedziela</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="77"/>
        <source>1st</source>
        <translation type="unfinished">1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="77"/>
        <source>2nd</source>
        <translation type="unfinished">2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="78"/>
        <source>3rd</source>
        <translation type="unfinished">3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="78"/>
        <source>4th</source>
        <translation type="unfinished">4.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="79"/>
        <source>Last</source>
        <translation type="unfinished">Ostatni</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="84"/>
        <source>Every week</source>
        <translation type="unfinished">Co tydzień</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="85"/>
        <source>Once a month</source>
        <translation type="unfinished">Raz w miesiącu</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="86"/>
        <source>One date</source>
        <translation type="unfinished">Jedna data</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="98"/>
        <source>1 hidden control character removed.</source>
        <translation type="unfinished">Usunięto 1 ukryty znak sterujący.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="99"/>
        <source>%1 hidden control characters removed.</source>
        <translation type="unfinished">Usunięto ukryte znaki sterujące (%1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="103"/>
        <source>Too long: %1 characters, and %2 fit. Please shorten it by %3.</source>
        <translation type="unfinished">Za długie: %1 zn., a mieści się %2. Skróć o %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="125"/>
        <source>and 1 single date</source>
        <translation type="unfinished">i 1 pojedyncza data</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="127"/>
        <source>and %1 single dates</source>
        <translation type="unfinished">i pojedyncze daty: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="136"/>
        <source>Imported from %1. A new import of the same file may replace changes made here.</source>
        <translation type="unfinished">Zaimportowane z %1. Ponowny import tego samego pliku może zastąpić zmiany wprowadzone tutaj.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_session.py" line="42"/>
        <source>Edit: %1</source>
        <translation type="unfinished">Edycja: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_session.py" line="44"/>
        <source>Copy of %1</source>
        <translation type="unfinished">Kopia: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_session.py" line="46"/>
        <source>New activity</source>
        <translation type="unfinished">Nowe zajęcia</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_session.py" line="47"/>
        <source>New space</source>
        <translation type="unfinished">Nowe miejsce</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/listing_editor_model.py" line="174"/>
        <location filename="../../kiosk/whatson/listing_editor.py" line="130"/>
        <source>%1 (copy)</source>
        <translation type="unfinished">%1 (kopia)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_feature.py" line="53"/>
        <source>Listings</source>
        <translation type="unfinished">Ogłoszenia</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_feature.py" line="54"/>
        <source>Add, change, copy and archive activities and spaces</source>
        <translation type="unfinished">Dodawaj, zmieniaj, kopiuj i archiwizuj zajęcia oraz miejsca</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="43"/>
        <source>Saved “%1”. It shows here now and reaches the site&apos;s other kiosks at the next sync.</source>
        <translation type="unfinished">Zapisano „%1”. Jest widoczne tutaj już teraz, a w innych kioskach placówki po następnej synchronizacji.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="46"/>
        <source>Archived “%1”. Visitors no longer see it; Restore brings it back.</source>
        <translation type="unfinished">Zarchiwizowano „%1”. Odwiedzający już go nie widzą; „Przywróć” przywraca je z powrotem.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="49"/>
        <source>Restored “%1”. Visitors can see it again.</source>
        <translation type="unfinished">Przywrócono „%1”. Odwiedzający znów mogą je zobaczyć.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/listing_conflict_model.py" line="136"/>
        <location filename="../../kiosk/whatson/staff_words.py" line="51"/>
        <source>Kept the other version. Your change was dropped.</source>
        <translation type="unfinished">Zachowano drugą wersję. Twoja zmiana została porzucona.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="53"/>
        <source>Your change is saved again, on top of the other one.</source>
        <translation type="unfinished">Twoja zmiana została zapisana ponownie, na drugiej wersji.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="59"/>
        <source>Activity</source>
        <translation type="unfinished">Zajęcia</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="60"/>
        <source>Space</source>
        <translation type="unfinished">Miejsce</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="66"/>
        <source>Not applied — someone else changed it first</source>
        <translation type="unfinished">Nie zastosowano — ktoś inny zmienił to wcześniej</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="68"/>
        <source>Archived here — waiting to reach the other kiosks</source>
        <translation type="unfinished">Zarchiwizowane tutaj — czeka na przesłanie do innych kiosków</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="71"/>
        <source>Saved here — waiting to reach the other kiosks</source>
        <translation type="unfinished">Zapisane tutaj — czeka na przesłanie do innych kiosków</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="73"/>
        <source>Archived — not shown to visitors</source>
        <translation type="unfinished">Zarchiwizowane — niewidoczne dla odwiedzających</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="79"/>
        <source>Your change to “%1” was not applied: someone else changed it first.</source>
        <translation type="unfinished">Twoja zmiana w „%1” nie została zastosowana: ktoś inny zmienił to wcześniej.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="82"/>
        <source>Your change to “%1” was not applied: this listing is not this site&apos;s.</source>
        <translation type="unfinished">Twoja zmiana w „%1” nie została zastosowana: to ogłoszenie nie należy do tej placówki.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="102"/>
        <source>When</source>
        <translation type="unfinished">Kiedy</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="103"/>
        <source>Where</source>
        <translation type="unfinished">Gdzie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="104"/>
        <source>Contact</source>
        <translation type="unfinished">Kontakt</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="106"/>
        <source>Showing from – until</source>
        <translation type="unfinished">Pokazywane od – do</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="107"/>
        <source>Shown to visitors</source>
        <translation type="unfinished">Widoczne dla odwiedzających</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="112"/>
        <source>Not known</source>
        <translation type="unfinished">Nie wiadomo</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="118"/>
        <source>Yes</source>
        <translation type="unfinished">Tak</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="118"/>
        <source>No</source>
        <translation type="unfinished">Nie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="135"/>
        <source>A photo</source>
        <translation type="unfinished">Jest zdjęcie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="136"/>
        <source>No photo</source>
        <translation type="unfinished">Brak zdjęcia</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_dates_model.py" line="223"/>
        <source>Closed %1</source>
        <translation type="unfinished">Zamknięte: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_dates_model.py" line="224"/>
        <source>Closed %1 – %2</source>
        <translation type="unfinished">Zamknięte: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_dates_model.py" line="251"/>
        <source>Also %1, %2</source>
        <translation type="unfinished">Także: %1, %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_dates_model.py" line="256"/>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished">%1 (%2 – %3)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_dates_model.py" line="259"/>
        <source>%1 (from %2)</source>
        <translation type="unfinished">%1 (od: %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_dates_model.py" line="261"/>
        <source>%1 (until %2)</source>
        <translation type="unfinished">%1 (do: %2)</translation>
    </message>
</context>
<context>
    <name>office</name>
    <message>
        <location filename="../../kiosk/office/results_model.py" line="113"/>
        <source>All my sites (%1)</source>
        <translation type="unfinished">Wszystkie moje placówki (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/results_model.py" line="174"/>
        <source>%1 to %2: %3</source>
        <translation type="unfinished">Od %1 do %2: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/results_model.py" line="215"/>
        <source>Acknowledged. Thank you for looking.</source>
        <translation type="unfinished">Potwierdzono. Dziękujemy za sprawdzenie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/results_model.py" line="231"/>
        <source>Saved as %1 in %2.</source>
        <translation type="unfinished">Zapisano jako %1 w folderze %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/wall_model.py" line="216"/>
        <source>The site&apos;s kiosks show it after their next sync.</source>
        <translation type="unfinished">Kioski placówki pokażą to po następnej synchronizacji.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/kiosks_model.py" line="44"/>
        <source>never</source>
        <translation type="unfinished">nigdy</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/kiosks_model.py" line="47"/>
        <source>just now</source>
        <translation type="unfinished">przed chwilą</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/kiosks_model.py" line="49"/>
        <source>%1 min ago</source>
        <translation type="unfinished">%1 min temu</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/kiosks_model.py" line="51"/>
        <source>%1 h ago</source>
        <translation type="unfinished">%1 godz. temu</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/kiosks_model.py" line="60"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/kiosks_model.py" line="84"/>
        <source>Revoked</source>
        <translation type="unfinished">Dostęp odebrany</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/kiosks_model.py" line="84"/>
        <source>Silent</source>
        <translation type="unfinished">Bez kontaktu</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/kiosks_model.py" line="85"/>
        <source>OK</source>
        <translation type="unfinished">W porządku</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/kiosks_model.py" line="158"/>
        <source>%1 kiosks: %2 OK, %3 silent (not seen for 15 minutes, or never), %4 revoked</source>
        <translation type="unfinished">Kioski: %1; w porządku: %2, bez kontaktu: %3 (niewidziane od 15 minut lub nigdy), z odebranym dostępem: %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/listing_conflict_model.py" line="86"/>
        <source>Someone else changed “%1” after you opened it, so your change was not saved. Nothing is lost: compare the two versions and choose which one visitors should see.</source>
        <translation type="unfinished">Od chwili otwarcia „%1” ktoś inny zmienił to ogłoszenie, więc Twoja zmiana nie została zapisana. Nic nie przepadło: porównaj obie wersje i wybierz, którą mają widzieć odwiedzający.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/listing_conflict_model.py" line="99"/>
        <source>Their version (changed by %1, %2)</source>
        <translation type="unfinished">Ich wersja (zmiana: %1, %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/listing_conflict_model.py" line="163"/>
        <source>Your version is saved, based on theirs. The site&apos;s kiosks show it after their next sync.</source>
        <translation type="unfinished">Twoja wersja została zapisana na podstawie ich wersji. Kioski placówki pokażą ją po następnej synchronizacji.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/people_model.py" line="33"/>
        <source>revoked</source>
        <translation type="unfinished">dostęp odebrany</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/people_model.py" line="33"/>
        <source>in service</source>
        <translation type="unfinished">w użyciu</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/people_model.py" line="37"/>
        <source>removed</source>
        <translation type="unfinished">usunięto</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/people_model.py" line="132"/>
        <source>Site added.</source>
        <translation type="unfinished">Dodano placówkę.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/people_model.py" line="147"/>
        <source>Kiosk added. Put these settings in its configuration file.</source>
        <translation type="unfinished">Dodano kiosk. Wpisz te ustawienia do jego pliku konfiguracyjnego.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/people_model.py" line="152"/>
        <source>Kiosk revoked: it can no longer send.</source>
        <translation type="unfinished">Odebrano dostęp kioskowi: nie może już niczego wysyłać.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/people_model.py" line="157"/>
        <source>Added.</source>
        <translation type="unfinished">Dodano.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/people_model.py" line="163"/>
        <source>Removed: that login can no longer sign in.</source>
        <translation type="unfinished">Usunięto: na ten login nie można się już zalogować.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/people_model.py" line="167"/>
        <source>New password set.</source>
        <translation type="unfinished">Ustawiono nowe hasło.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/people_model.py" line="173"/>
        <source>Their new password, shown only now: %1</source>
        <translation type="unfinished">Nowe hasło tej osoby, pokazywane tylko teraz: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="14"/>
        <source>That name and password were not accepted. Check them and try again.</source>
        <translation type="unfinished">Ta nazwa i hasło nie zostały przyjęte. Sprawdź je i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="15"/>
        <source>This login has been switched off. Ask a manager to add you again.</source>
        <translation type="unfinished">Ten login został wyłączony. Poproś kierownika, aby dodał Cię ponownie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="16"/>
        <source>The central database cannot be reached. Check the network, or try again in a few minutes.</source>
        <translation type="unfinished">Nie można połączyć się z centralną bazą danych. Sprawdź sieć lub spróbuj ponownie za kilka minut.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="18"/>
        <source>The office could not confirm it is talking to the real central database (its certificate or encryption). Ask your administrator.</source>
        <translation type="unfinished">Biuro nie mogło potwierdzić, że łączy się z prawdziwą centralną bazą danych (jej certyfikat lub szyfrowanie). Zapytaj administratora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="20"/>
        <source>The central database address is missing or not right (it looks like postgresql://db.example.org/kindness, with no password in it).</source>
        <translation type="unfinished">Brak adresu centralnej bazy danych lub jest on nieprawidłowy (powinien wyglądać jak postgresql://db.example.org/kindness, bez hasła w środku).</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="22"/>
        <source>This login is not a staff or manager login. Use your own login.</source>
        <translation type="unfinished">To nie jest login personelu ani kierownika. Użyj własnego loginu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="23"/>
        <source>Type your login name and password.</source>
        <translation type="unfinished">Wpisz nazwę użytkownika i hasło.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="25"/>
        <source>Signing in did not work. Try again, or ask your administrator.</source>
        <translation type="unfinished">Logowanie się nie powiodło. Spróbuj ponownie lub zapytaj administratora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="31"/>
        <source>Someone else decided on this message meanwhile. The list now shows it as it is.</source>
        <translation type="unfinished">W międzyczasie ktoś inny podjął decyzję w sprawie tej wiadomości. Lista pokazuje teraz jej aktualny stan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="32"/>
        <source>Save the report as PDF, XLSX or CSV.</source>
        <translation type="unfinished">Zapisz raport jako PDF, XLSX lub CSV.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="33"/>
        <source>The first date is after the last date.</source>
        <translation type="unfinished">Pierwsza data jest późniejsza niż ostatnia.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="34"/>
        <source>The report could not be written there. Choose another folder.</source>
        <translation type="unfinished">Nie udało się zapisać tam raportu. Wybierz inny folder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="35"/>
        <source>Type dates like 2026-11-01.</source>
        <translation type="unfinished">Wpisuj daty w formacie 2026-11-01.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="36"/>
        <source>The central database did not allow this for your login.</source>
        <translation type="unfinished">Centralna baza danych nie pozwoliła na to dla Twojego loginu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="37"/>
        <source>The central database cannot be reached. Try again in a few minutes.</source>
        <translation type="unfinished">Nie można połączyć się z centralną bazą danych. Spróbuj ponownie za kilka minut.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="38"/>
        <source>That login and password were not accepted.</source>
        <translation type="unfinished">Ten login i hasło nie zostały przyjęte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="40"/>
        <source>That did not work. Try again, or ask your administrator.</source>
        <translation type="unfinished">To się nie udało. Spróbuj ponownie lub zapytaj administratora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="44"/>
        <source>Manager</source>
        <translation type="unfinished">Kierownik</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/words.py" line="44"/>
        <source>Staff</source>
        <translation type="unfinished">Personel</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/listing_editor_model.py" line="64"/>
        <source>The central database did not allow this for your login: it is not one of your sites.</source>
        <translation type="unfinished">Centralna baza danych nie pozwoliła na to dla Twojego loginu: to nie jest jedna z Twoich placówek.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/listing_editor_model.py" line="67"/>
        <source>The central database cannot be reached. Nothing is lost: try Save again in a few minutes.</source>
        <translation type="unfinished">Nie można połączyć się z centralną bazą danych. Nic nie przepadło: za kilka minut naciśnij ponownie „Zapisz”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/listing_editor_model.py" line="69"/>
        <source>That did not save. Nothing is lost: try again, or ask your administrator.</source>
        <translation type="unfinished">Nie udało się zapisać. Nic nie przepadło: spróbuj ponownie lub zapytaj administratora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/listings_model.py" line="241"/>
        <source>Archived “%1”. Visitors no longer see it after the kiosks&apos; next sync; Restore brings it back.</source>
        <translation type="unfinished">Zarchiwizowano „%1”. Po następnej synchronizacji kiosków odwiedzający przestaną je widzieć; przycisk „Przywróć” przywróci je z powrotem.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/listings_model.py" line="244"/>
        <source>Restored “%1”. Visitors see it again after the kiosks&apos; next sync.</source>
        <translation type="unfinished">Przywrócono „%1”. Odwiedzający znów zobaczą je po następnej synchronizacji kiosków.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/listings_model.py" line="246"/>
        <source>Saved “%1”. The site&apos;s kiosks show it after their next sync.</source>
        <translation type="unfinished">Zapisano „%1”. Kioski placówki pokażą je po następnej synchronizacji.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/listings_model.py" line="284"/>
        <location filename="../../kiosk/office/settings_model.py" line="59"/>
        <source>Opening hours</source>
        <translation type="unfinished">Godziny otwarcia</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/listings_model.py" line="289"/>
        <source>No dates planned</source>
        <translation type="unfinished">Brak zaplanowanych terminów</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/settings_model.py" line="46"/>
        <source>Welcome line</source>
        <translation type="unfinished">Wiersz powitania</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/settings_model.py" line="47"/>
        <source>One line under the site&apos;s name on the welcome screen.</source>
        <translation type="unfinished">Jeden wiersz pod nazwą placówki na ekranie powitalnym.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/settings_model.py" line="49"/>
        <source>Wall moderation</source>
        <translation type="unfinished">Moderacja tablicy</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/settings_model.py" line="50"/>
        <source>pre: every message waits for staff. auto: messages the filter reads as kind appear at once.</source>
        <translation type="unfinished">pre: każda wiadomość czeka na personel. auto: wiadomości, które filtr uzna za życzliwe, pojawiają się od razu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/settings_model.py" line="53"/>
        <source>Languages offered</source>
        <translation type="unfinished">Dostępne języki</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/settings_model.py" line="54"/>
        <source>Language codes, the first is the default: en, gd, pl</source>
        <translation type="unfinished">Kody języków, pierwszy jest domyślny: en, gd, pl</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/settings_model.py" line="56"/>
        <source>Idle timeout (seconds)</source>
        <translation type="unfinished">Czas bezczynności (sekundy)</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/settings_model.py" line="57"/>
        <source>Seconds without a touch before the home screen returns (5 to 600).</source>
        <translation type="unfinished">Liczba sekund bez dotknięcia, po której wraca ekran główny (od 5 do 600).</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/settings_model.py" line="60"/>
        <source>One line per day or days, like mon-fri 09:00-17:00 or sun closed.</source>
        <translation type="unfinished">Jeden wiersz na dzień lub kilka dni, np. mon-fri 09:00-17:00 albo sun closed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/settings_model.py" line="215"/>
        <source>Nothing was saved: %n setting(s) need a change (see the words beside them).</source>
        <translation type="unfinished">Niczego nie zapisano: %n ustawienie wymaga zmiany (zobacz opis obok niego).</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/settings_model.py" line="231"/>
        <source>Saved. The kiosks of %1 use these settings from their next sync.</source>
        <translation type="unfinished">Zapisano. Kioski placówki %1 będą używać tych ustawień od następnej synchronizacji.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/settings_model.py" line="239"/>
        <source>Someone else changed these settings meanwhile. Your changes are still here: Undo changes shows theirs.</source>
        <translation type="unfinished">W międzyczasie ktoś inny zmienił te ustawienia. Twoje zmiany nadal tu są: przycisk „Cofnij zmiany” pokaże ich ustawienia.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/settings_model.py" line="275"/>
        <source>Nothing is set centrally for this site yet: every kiosk follows its own file.</source>
        <translation type="unfinished">Dla tej placówki nie ustawiono jeszcze niczego centralnie: każdy kiosk działa według własnego pliku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/office/settings_model.py" line="278"/>
        <source>Last saved by %1 on %2.</source>
        <translation type="unfinished">Ostatni zapis: %1, %2.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../kiosk/results/poster.py" line="58"/>
        <location filename="../../kiosk/results/poster.py" line="73"/>
        <source>Kindness here</source>
        <translation type="unfinished">Życzliwość u nas</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/poster.py" line="88"/>
        <source>visitors told us they experienced kindness here in {month}</source>
        <translation type="unfinished">odwiedzających powiedziało nam, że spotkało się tu z życzliwością — {month}</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/poster.py" line="91"/>
        <source>From {n} answers to “Did you experience kindness today?” on our kiosk.</source>
        <translation type="unfinished">Na podstawie {n} odpowiedzi na pytanie „Czy spotkała Cię dziś życzliwość?” w naszym kiosku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/poster.py" line="96"/>
        <source>Thank you for telling us. Every answer helps us be kinder.</source>
        <translation type="unfinished">Dziękujemy, że nam o tym mówicie. Każda odpowiedź pomaga nam być bardziej życzliwymi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_charts.py" line="48"/>
        <source>average {rate}</source>
        <translation type="unfinished">średnio {rate}</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_charts.py" line="55"/>
        <source>signal: lower than usual</source>
        <translation type="unfinished">sygnał: niżej niż zwykle</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_charts.py" line="58"/>
        <source>signal: higher than usual</source>
        <translation type="unfinished">sygnał: wyżej niż zwykle</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_charts.py" line="62"/>
        <source>week hidden (too few answers)</source>
        <translation type="unfinished">tydzień ukryty (za mało odpowiedzi)</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_charts.py" line="131"/>
        <source>Yes</source>
        <translation type="unfinished">Tak</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_charts.py" line="131"/>
        <source>Not sure</source>
        <translation type="unfinished">Nie wiem</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_charts.py" line="132"/>
        <source>No</source>
        <translation type="unfinished">Nie</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_charts.py" line="182"/>
        <source>lower ({rate})</source>
        <translation type="unfinished">niżej ({rate})</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_charts.py" line="183"/>
        <source>higher ({rate})</source>
        <translation type="unfinished">wyżej ({rate})</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_charts.py" line="184"/>
        <source>hidden: fewer than {n} answers, or hidden so one cannot be worked out</source>
        <translation type="unfinished">ukryte: mniej niż {n} odpowiedzi albo ukryte, aby nie dało się go wyliczyć</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_charts.py" line="186"/>
        <location filename="../../kiosk/results/report_pdf.py" line="235"/>
        <source>no answers</source>
        <translation type="unfinished">brak odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="42"/>
        <source>Kindness Kiosk results · {dates}</source>
        <translation type="unfinished">Wyniki Kiosku Życzliwości · {dates}</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="42"/>
        <source>Page {n} of {total}</source>
        <translation type="unfinished">Strona {n} z {total}</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="49"/>
        <source>Kindness at {site}</source>
        <translation type="unfinished">Życzliwość — {site}</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="51"/>
        <source>Kindness results</source>
        <translation type="unfinished">Wyniki: życzliwość</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="52"/>
        <source>Kindness across {n} sites</source>
        <translation type="unfinished">Życzliwość w placówkach (liczba: {n})</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="59"/>
        <source>This kiosk&apos;s answers only</source>
        <translation type="unfinished">Tylko odpowiedzi z tego kiosku</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="59"/>
        <source>Every kiosk at these sites</source>
        <translation type="unfinished">Wszystkie kioski w tych placówkach</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="65"/>
        <source>Made {day}</source>
        <translation type="unfinished">Utworzono: {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="70"/>
        <source>{sites} asked a different question; those answers are not added into these figures (they are in the spreadsheet).</source>
        <translation type="unfinished">{sites} — zadano inne pytanie; tych odpowiedzi nie wliczono do tych wyników (są w arkuszu).</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="82"/>
        <source>There are fewer than {n} answers in these dates, so no rate or count is shown. It will appear once at least {n} visitors have answered.</source>
        <translation type="unfinished">W tych datach jest mniej niż {n} odpowiedzi, więc nie pokazujemy wskaźnika ani liczb. Pojawią się, gdy odpowie co najmniej {n} odwiedzających.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="85"/>
        <source>Nobody answered the kindness question in these dates. Is the kiosk switched on and where visitors can see it?</source>
        <translation type="unfinished">W tych datach nikt nie odpowiedział na pytanie o życzliwość. Czy kiosk jest włączony i stoi tam, gdzie odwiedzający go widzą?</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="95"/>
        <source>said yes: they experienced kindness</source>
        <translation type="unfinished">odpowiedziało „tak”: spotkało się z życzliwością</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="98"/>
        <source>{yes} of {n} answers  ·  {interval}</source>
        <translation type="unfinished">{yes} z {n} odpowiedzi  ·  {interval}</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="110"/>
        <source>At a glance</source>
        <translation type="unfinished">W skrócie</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="120"/>
        <source>Week by week</source>
        <translation type="unfinished">Tydzień po tygodniu</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="122"/>
        <source>Not enough weeks with a figure to draw a chart yet: a week needs at least {n} answers to be shown, and the chart needs two such weeks.</source>
        <translation type="unfinished">Za mało tygodni z wynikiem, by narysować wykres: tydzień musi mieć co najmniej {n} odpowiedzi, a wykres potrzebuje dwóch takich tygodni.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="133"/>
        <source>No signals: every week was within the usual variation.</source>
        <translation type="unfinished">Brak sygnałów: każdy tydzień mieścił się w zwykłej zmienności.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="137"/>
        <source>weeks of {first} to {last}</source>
        <translation type="unfinished">tygodnie od {first} do {last}</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="144"/>
        <source>… and {n} more signals (see the Weekly sheet of the spreadsheet).</source>
        <translation type="unfinished">… i jeszcze sygnały: {n} (zob. arkusz Weekly w pliku arkusza kalkulacyjnego).</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="149"/>
        <source>Through the week</source>
        <translation type="unfinished">W ciągu tygodnia</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="151"/>
        <source>Each weekday and hour needs at least {n} answers to be shown.</source>
        <translation type="unfinished">Każdy dzień tygodnia i godzina muszą mieć co najmniej {n} odpowiedzi, aby je pokazać.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="154"/>
        <source>Kindness rate by day of the week and hour of the day (the site&apos;s local time).</source>
        <translation type="unfinished">Wskaźnik życzliwości według dnia tygodnia i godziny (czas lokalny placówki).</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="161"/>
        <source>Where people noticed kindness</source>
        <translation type="unfinished">Gdzie ludzie spotkali życzliwość</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="163"/>
        <source>Nobody answered the follow-up question in these dates.</source>
        <translation type="unfinished">W tych datach nikt nie odpowiedział na pytanie dodatkowe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="166"/>
        <location filename="../../kiosk/results/report_words.py" line="266"/>
        <source>({words}).</source>
        <translation type="unfinished">({words}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="169"/>
        <source>Of the {n} visitors who answered “where did you notice kindness?”:</source>
        <translation type="unfinished">Spośród {n} odwiedzających, którzy odpowiedzieli na pytanie „Gdzie spotkała Cię życzliwość?”:</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="243"/>
        <source>Staff pulse</source>
        <translation type="unfinished">Puls personelu</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="244"/>
        <source>Staff were asked “Did you experience kindness at work today?” when staff mode opened, anonymously. Shown by month and site only.</source>
        <translation type="unfinished">Po otwarciu trybu personelu pracownicy byli anonimowo pytani: „Czy spotkała Cię dziś życzliwość w pracy?”. Wyniki tylko według miesiąca i placówki.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="250"/>
        <source>too few answers to show</source>
        <translation type="unfinished">za mało odpowiedzi, by pokazać</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="256"/>
        <source>Month</source>
        <translation type="unfinished">Miesiąc</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="256"/>
        <location filename="../../kiosk/results/report_pdf.py" line="272"/>
        <location filename="../../kiosk/results/report_pdf.py" line="283"/>
        <source>Site</source>
        <translation type="unfinished">Placówka</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="256"/>
        <location filename="../../kiosk/results/report_pdf.py" line="272"/>
        <source>Answers</source>
        <translation type="unfinished">Odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="256"/>
        <source>Said yes</source>
        <translation type="unfinished">Odpowiedzi „tak”</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="257"/>
        <location filename="../../kiosk/results/report_pdf.py" line="272"/>
        <source>95% interval</source>
        <translation type="unfinished">Przedział 95%</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="263"/>
        <source>Sites side by side</source>
        <translation type="unfinished">Placówki obok siebie</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="264"/>
        <source>In name order, not a league table. A site is called higher or lower than all sites only when the intervals do not overlap.</source>
        <translation type="unfinished">W kolejności nazw, a nie ranking. Placówka jest wyżej lub niżej niż wszystkie placówki tylko wtedy, gdy przedziały się nie nakładają.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="272"/>
        <source>Kindness rate</source>
        <translation type="unfinished">Wskaźnik życzliwości</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="273"/>
        <source>Compared</source>
        <translation type="unfinished">Porównanie</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="279"/>
        <source>Open alerts</source>
        <translation type="unfinished">Otwarte alerty</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="280"/>
        <source>new</source>
        <translation type="unfinished">nowy</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="280"/>
        <source>acknowledged</source>
        <translation type="unfinished">potwierdzony</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="283"/>
        <source>Since</source>
        <translation type="unfinished">Od</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="283"/>
        <source>What</source>
        <translation type="unfinished">Co</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="283"/>
        <source>State</source>
        <translation type="unfinished">Stan</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="291"/>
        <source>Kindness wall</source>
        <translation type="unfinished">Tablica życzliwości</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="292"/>
        <source>{written} messages written: {approved} put on the wall, {pending} waiting for staff, {rejected} declined, {hidden} taken down later.</source>
        <translation type="unfinished">Napisane wiadomości: {written}; na tablicy: {approved}; czeka na personel: {pending}; odrzucone: {rejected}; zdjęte później: {hidden}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="299"/>
        <source>About these figures</source>
        <translation type="unfinished">O tych wynikach</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_pdf.py" line="304"/>
        <source>Chart used in this report: {method}</source>
        <translation type="unfinished">Wykres użyty w tym raporcie: {method}</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="36"/>
        <source>January</source>
        <translation type="unfinished">styczeń</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="37"/>
        <source>February</source>
        <translation type="unfinished">luty</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="38"/>
        <source>March</source>
        <translation type="unfinished">marzec</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="39"/>
        <source>April</source>
        <translation type="unfinished">kwiecień</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="40"/>
        <source>May</source>
        <translation type="unfinished">maj</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="41"/>
        <source>June</source>
        <translation type="unfinished">czerwiec</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="42"/>
        <source>July</source>
        <translation type="unfinished">lipiec</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="43"/>
        <source>August</source>
        <translation type="unfinished">sierpień</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="44"/>
        <source>September</source>
        <translation type="unfinished">wrzesień</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="45"/>
        <source>October</source>
        <translation type="unfinished">październik</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="46"/>
        <source>November</source>
        <translation type="unfinished">listopad</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="47"/>
        <source>December</source>
        <translation type="unfinished">grudzień</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="50"/>
        <source>Mon</source>
        <translation type="unfinished">Pon</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="51"/>
        <source>Tue</source>
        <translation type="unfinished">Wt</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="52"/>
        <source>Wed</source>
        <translation type="unfinished">Śr</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="53"/>
        <source>Thu</source>
        <translation type="unfinished">Czw</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="54"/>
        <source>Fri</source>
        <translation type="unfinished">Pt</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="55"/>
        <source>Sat</source>
        <translation type="unfinished">Sob</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="56"/>
        <source>Sun</source>
        <translation type="unfinished">Nd</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="124"/>
        <source>week of {day}</source>
        <translation type="unfinished">tydzień od {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="128"/>
        <source>95% interval {low} to {high}</source>
        <translation type="unfinished">przedział 95%: od {low} do {high}</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="132"/>
        <location filename="../../kiosk/results/report_words.py" line="165"/>
        <source>fewer than {n} answers</source>
        <translation type="unfinished">mniej niż {n} odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="137"/>
        <source>Not enough answers yet to show a figure</source>
        <translation type="unfinished">Za mało odpowiedzi, by pokazać wynik</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="138"/>
        <source>No answers in these dates</source>
        <translation type="unfinished">Brak odpowiedzi w tych datach</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="141"/>
        <source>Unusually low week</source>
        <translation type="unfinished">Nietypowo niski tydzień</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="142"/>
        <source>Unusually high week</source>
        <translation type="unfinished">Nietypowo wysoki tydzień</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="143"/>
        <source>Seven weeks in a row below average</source>
        <translation type="unfinished">Siedem tygodni z rzędu poniżej średniej</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="144"/>
        <source>Seven weeks in a row above average</source>
        <translation type="unfinished">Siedem tygodni z rzędu powyżej średniej</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="145"/>
        <source>Seven weeks in a row falling</source>
        <translation type="unfinished">Siedem tygodni z rzędu spadek</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="146"/>
        <source>Seven weeks in a row rising</source>
        <translation type="unfinished">Siedem tygodni z rzędu wzrost</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="147"/>
        <source>Two of three weeks close to the lower limit</source>
        <translation type="unfinished">Dwa z trzech tygodni blisko dolnej granicy</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="148"/>
        <source>Two of three weeks close to the upper limit</source>
        <translation type="unfinished">Dwa z trzech tygodni blisko górnej granicy</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="152"/>
        <source>From staff here</source>
        <translation type="unfinished">Od personelu tutaj</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="153"/>
        <source>From another visitor</source>
        <translation type="unfinished">Od innej osoby odwiedzającej</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="154"/>
        <source>Somewhere else</source>
        <translation type="unfinished">Gdzie indziej</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="158"/>
        <source>higher than all sites</source>
        <translation type="unfinished">wyżej niż wszystkie placówki</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="159"/>
        <source>lower than all sites</source>
        <translation type="unfinished">niżej niż wszystkie placówki</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="160"/>
        <source>about the same as all sites</source>
        <translation type="unfinished">mniej więcej tak samo jak wszystkie placówki</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="166"/>
        <source>hidden so a small figure cannot be worked out</source>
        <translation type="unfinished">ukryte, aby nie dało się wyliczyć małej liczby</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="176"/>
        <source>p-chart: the number of answers changes a lot from week to week, so each week gets its own limits — wider in a quiet week, narrower in a busy one.</source>
        <translation type="unfinished">Wykres p: liczba odpowiedzi bardzo się zmienia z tygodnia na tydzień, więc każdy tydzień ma własne granice — szersze w spokojnym tygodniu, węższe w ruchliwym.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="179"/>
        <source>XmR chart: weekly numbers of answers are similar, so the limits are the average ± 2.66 × the average week-to-week change.</source>
        <translation type="unfinished">Wykres XmR: tygodniowe liczby odpowiedzi są podobne, więc granice to średnia ± 2,66 × średnia zmiana z tygodnia na tydzień.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="182"/>
        <source>Trial limits: fewer than 12 weeks so far, so the limits will move as weeks arrive.</source>
        <translation type="unfinished">Granice próbne: na razie mniej niż 12 tygodni, więc granice będą się przesuwać wraz z kolejnymi tygodniami.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="189"/>
        <source>What the kindness rate means</source>
        <translation type="unfinished">Co oznacza wskaźnik życzliwości</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="190"/>
        <source>Each visitor who used the kiosk answered one question: “Did you experience kindness today?” with yes, not sure or no. The kindness rate is the number who said yes divided by everyone who answered. Repeat taps within a short time are not counted, so one person is not counted twice in a row. Days and hours are the site&apos;s own local time.</source>
        <translation type="unfinished">Każda osoba, która skorzystała z kiosku, odpowiedziała na jedno pytanie: „Czy spotkała Cię dziś życzliwość?” — tak, nie wiem albo nie. Wskaźnik życzliwości to liczba odpowiedzi „tak” podzielona przez liczbę wszystkich odpowiedzi. Powtórne dotknięcia w krótkim czasie nie są liczone, więc jedna osoba nie jest liczona dwa razy z rzędu. Dni i godziny podano według czasu lokalnego placówki.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="194"/>
        <source>What the 95% interval means</source>
        <translation type="unfinished">Co oznacza przedział 95%</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="195"/>
        <source>A rate from a few hundred answers is an estimate. The interval (a Wilson score interval) is the range the true rate very probably lies in: the fewer the answers, the wider it is. Two figures are called different only when their intervals do not overlap; otherwise we say they are about the same.</source>
        <translation type="unfinished">Wskaźnik z kilkuset odpowiedzi jest szacunkiem. Przedział (przedział Wilsona) to zakres, w którym prawdziwy wskaźnik leży z bardzo dużym prawdopodobieństwem: im mniej odpowiedzi, tym jest szerszy. Dwa wyniki uznajemy za różne tylko wtedy, gdy ich przedziały się nie nakładają; w przeciwnym razie mówimy, że są mniej więcej takie same.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="199"/>
        <source>What is hidden, and why</source>
        <translation type="unfinished">Co jest ukryte i dlaczego</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="200"/>
        <source>A figure from fewer than {n} answers is never shown: it says “fewer than {n} answers” instead, with no rate and no counts, so nobody can be picked out and nobody is judged on a handful of answers. Where a hidden figure could be worked out by subtracting the shown ones from a total, the next-smallest figure beside it is hidden too (secondary suppression). Hidden cells are marked, never left to look like zero.</source>
        <translation type="unfinished">Wynik z mniej niż {n} odpowiedzi nigdy nie jest pokazywany: zamiast niego jest napis „mniej niż {n} odpowiedzi”, bez wskaźnika i bez liczb, tak aby nikogo nie dało się wskazać i nikt nie był oceniany na podstawie garstki odpowiedzi. Gdy ukryty wynik dałoby się wyliczyć, odejmując pokazane od sumy, ukrywany jest też najmniejszy sąsiedni wynik (ukrywanie wtórne). Ukryte komórki są oznaczone i nigdy nie wyglądają jak zero.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="205"/>
        <source>How to read the weekly chart</source>
        <translation type="unfinished">Jak czytać wykres tygodniowy</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="206"/>
        <source>Each dot is one week&apos;s kindness rate. The solid line is the average; the shaded band between the limits is the ordinary week-to-week variation. A week outside the band, seven weeks in a row on one side of the average, seven weeks in a row rising or falling, or two of three weeks close to a limit are signals that something changed — worth a conversation, not a verdict. Limits are fixed from the first 12 weeks; before that they are trial limits. Weeks with too few answers are gaps. (Method: NHS “Making Data Count” statistical process control.)</source>
        <translation type="unfinished">Każda kropka to wskaźnik życzliwości z jednego tygodnia. Ciągła linia to średnia; zacieniony pas między granicami to zwykła zmienność z tygodnia na tydzień. Tydzień poza pasem, siedem tygodni z rzędu po jednej stronie średniej, siedem tygodni z rzędu wzrostu lub spadku albo dwa z trzech tygodni blisko granicy to sygnały, że coś się zmieniło — warto o tym porozmawiać, ale to nie wyrok. Granice ustala się na podstawie pierwszych 12 tygodni; wcześniej są to granice próbne. Tygodnie ze zbyt małą liczbą odpowiedzi to przerwy. (Metoda: statystyczna kontrola procesu NHS „Making Data Count”).</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="212"/>
        <source>Which chart, and why</source>
        <translation type="unfinished">Który wykres i dlaczego</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="213"/>
        <source>When every week has a similar number of answers we draw an XmR chart (limits at the average ± 2.66 × the average change from one week to the next). When the busiest week has more than three times the answers of the quietest, we draw a p-chart instead, whose limits step with each week&apos;s number of answers, so a quiet week is not judged by a busy week&apos;s precision.</source>
        <translation type="unfinished">Gdy każdy tydzień ma podobną liczbę odpowiedzi, rysujemy wykres XmR (granice: średnia ± 2,66 × średnia zmiana z tygodnia na tydzień). Gdy najbardziej ruchliwy tydzień ma ponad trzy razy więcej odpowiedzi niż najspokojniejszy, rysujemy zamiast tego wykres p, którego granice zmieniają się z liczbą odpowiedzi w każdym tygodniu, tak aby spokojnego tygodnia nie oceniać według dokładności ruchliwego.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="247"/>
        <source>{n} in 10</source>
        <translation type="unfinished">{n} na 10</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="251"/>
        <source>More than</source>
        <translation type="unfinished">Ponad</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="251"/>
        <source>Nearly</source>
        <translation type="unfinished">Prawie</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="251"/>
        <source>Fewer than</source>
        <translation type="unfinished">Mniej niż</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="256"/>
        <source>more than</source>
        <translation type="unfinished">ponad</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="256"/>
        <source>nearly</source>
        <translation type="unfinished">prawie</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="256"/>
        <source>fewer than</source>
        <translation type="unfinished">mniej niż</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="270"/>
        <source>{rate} of {n} answers were yes, they experienced kindness.</source>
        <translation type="unfinished">{rate} z {n} odpowiedzi to „tak”: spotkało się z życzliwością.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="276"/>
        <location filename="../../kiosk/results/view_model_words.py" line="197"/>
        <source>Week by week: every week was within the usual variation.</source>
        <translation type="unfinished">Tydzień po tygodniu: każdy tydzień mieścił się w zwykłej zmienności.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="279"/>
        <source>Week by week: {words} ({when}) — worth a look.</source>
        <translation type="unfinished">Tydzień po tygodniu: {words} ({when}) — warto się przyjrzeć.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="283"/>
        <source>Week by week: {words} ({when}).</source>
        <translation type="unfinished">Tydzień po tygodniu: {words} ({when}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="289"/>
        <source>Where people noticed kindness: most often “{where}” ({rate}).</source>
        <translation type="unfinished">Gdzie ludzie spotkali życzliwość: najczęściej „{where}” ({rate}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="294"/>
        <source>{hidden} of {n} sites have too few answers to show on their own.</source>
        <translation type="unfinished">Placówki ze zbyt małą liczbą odpowiedzi, by pokazać je osobno: {hidden} z {n}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_words.py" line="297"/>
        <source>Open alerts: {n}.</source>
        <translation type="unfinished">Otwarte alerty: {n}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="141"/>
        <source>Raw answers were not included in this report. Use `kiosk export --what checkins --format csv` for one row per answer.</source>
        <translation type="unfinished">Surowe odpowiedzi nie zostały dołączone do tego raportu. Użyj `kiosk export --what checkins --format csv`, aby dostać jeden wiersz na odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="146"/>
        <source>There are {n} answers in these dates: more rows than a spreadsheet can hold ({limit}). Use `kiosk export --what checkins --format csv` for one row per answer.</source>
        <translation type="unfinished">W tych datach jest {n} odpowiedzi: więcej wierszy, niż zmieści arkusz ({limit}). Użyj `kiosk export --what checkins --format csv`, aby dostać jeden wiersz na odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="153"/>
        <source>… cut at the spreadsheet&apos;s row limit: use the CSV export for every row.</source>
        <translation type="unfinished">… obcięte na limicie wierszy arkusza: użyj eksportu CSV, aby dostać wszystkie wiersze.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="162"/>
        <source>dates</source>
        <translation type="unfinished">daty</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="163"/>
        <source>sites</source>
        <translation type="unfinished">placówki</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="164"/>
        <source>question</source>
        <translation type="unfinished">pytanie</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="165"/>
        <source>minimum count</source>
        <translation type="unfinished">minimalna liczba</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="168"/>
        <source>made</source>
        <translation type="unfinished">utworzono</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="170"/>
        <source>different question</source>
        <translation type="unfinished">inne pytanie</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="170"/>
        <source>{site} asked {question}: counted in its own rows, never added in.</source>
        <translation type="unfinished">{site} — pytanie: {question}; liczone w osobnych wierszach, nigdy nie dodawane.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="173"/>
        <source>first day of the period (the site&apos;s own calendar)</source>
        <translation type="unfinished">pierwszy dzień okresu (według kalendarza placówki)</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="174"/>
        <source>last day of the period, inclusive</source>
        <translation type="unfinished">ostatni dzień okresu, włącznie</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="175"/>
        <source>the site, or (all sites) for every site in the report together</source>
        <translation type="unfinished">placówka albo (wszystkie placówki) dla wszystkich placówek z raportu razem</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="176"/>
        <source>which question was answered: rows of different questions are never added up</source>
        <translation type="unfinished">na które pytanie odpowiedziano: wierszy z różnymi pytaniami nigdy się nie sumuje</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="177"/>
        <source>how many answers (repeat taps not counted)</source>
        <translation type="unfinished">liczba odpowiedzi (bez powtórnych dotknięć)</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="178"/>
        <source>answers of yes</source>
        <translation type="unfinished">odpowiedzi „tak”</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="178"/>
        <source>answers of not sure</source>
        <translation type="unfinished">odpowiedzi „nie wiem”</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="178"/>
        <source>answers of no</source>
        <translation type="unfinished">odpowiedzi „nie”</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="179"/>
        <source>yes ÷ answers</source>
        <translation type="unfinished">tak ÷ odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="180"/>
        <source>lower end of the Wilson score 95% interval of the kindness rate</source>
        <translation type="unfinished">dolna granica 95% przedziału Wilsona dla wskaźnika życzliwości</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="181"/>
        <source>upper end of the Wilson score 95% interval of the kindness rate</source>
        <translation type="unfinished">górna granica 95% przedziału Wilsona dla wskaźnika życzliwości</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="182"/>
        <source>empty when shown; “small”: fewer than {n} answers; “secondary”: hidden so a small figure cannot be worked out from a total</source>
        <translation type="unfinished">puste, gdy pokazane; „small”: mniej niż {n} odpowiedzi; „secondary”: ukryte, aby nie dało się wyliczyć małej liczby z sumy</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/report_xlsx.py" line="187"/>
        <source>chart used</source>
        <translation type="unfinished">użyty wykres</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <location filename="../../kiosk/results/feature.py" line="33"/>
        <source>Results</source>
        <translation type="unfinished">Wyniki</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/feature.py" line="34"/>
        <source>How many visitors experienced kindness, week by week</source>
        <translation type="unfinished">Ilu odwiedzających spotkało się z życzliwością, tydzień po tygodniu</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="56"/>
        <source>Making the report…</source>
        <translation type="unfinished">Tworzenie raportu…</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="68"/>
        <source>This kiosk only</source>
        <translation type="unfinished">Tylko ten kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="70"/>
        <source>The whole site</source>
        <translation type="unfinished">Cała placówka</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="75"/>
        <source>Last 4 weeks: %1</source>
        <translation type="unfinished">Ostatnie 4 tygodnie: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="83"/>
        <source>No answers yet</source>
        <translation type="unfinished">Nie ma jeszcze odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="91"/>
        <source>There are %1 in these 4 weeks. A figure shows from %2 answers, so nobody is judged on a handful.</source>
        <translation type="unfinished">W tych 4 tygodniach jest %1. Wynik pokazujemy od %2 odpowiedzi, aby nikogo nie oceniać na podstawie garstki.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="95"/>
        <source>Answers at the kiosk will show here.</source>
        <translation type="unfinished">Tutaj pojawią się odpowiedzi z kiosku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="103"/>
        <source>%1 said yes (%2)</source>
        <translation type="unfinished">%1 odpowiedziało „tak” (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="109"/>
        <source>Higher than the 4 weeks before (%1): the two 95% intervals do not overlap.</source>
        <translation type="unfinished">Wyżej niż w 4 poprzednich tygodniach (%1): oba przedziały 95% się nie nakładają.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="111"/>
        <source>Lower than the 4 weeks before (%1): the two 95% intervals do not overlap.</source>
        <translation type="unfinished">Niżej niż w 4 poprzednich tygodniach (%1): oba przedziały 95% się nie nakładają.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="112"/>
        <source>About the same as the 4 weeks before (%1).</source>
        <translation type="unfinished">Mniej więcej tak samo jak w 4 poprzednich tygodniach (%1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="120"/>
        <location filename="../../kiosk/results/view_model_words.py" line="137"/>
        <location filename="../../kiosk/results/view_model_words.py" line="216"/>
        <source>no answers</source>
        <translation type="unfinished">brak odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="121"/>
        <source>The 4 weeks before had %1, so there is nothing to compare with.</source>
        <translation type="unfinished">W 4 poprzednich tygodniach: %1, więc nie ma z czym porównać.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="162"/>
        <source>%1: %2 said yes.</source>
        <translation type="unfinished">%1: %2 odpowiedziało „tak”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="164"/>
        <source>This week so far.</source>
        <translation type="unfinished">Ten tydzień do tej pory.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="172"/>
        <source>Kindness rate week by week, the last 8 weeks.</source>
        <translation type="unfinished">Wskaźnik życzliwości tydzień po tygodniu, ostatnie 8 tygodni.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="175"/>
        <source>Average %1.</source>
        <translation type="unfinished">Średnio %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="193"/>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 – %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="204"/>
        <source>Dashed line: the average. Green band: the usual week-to-week variation.</source>
        <translation type="unfinished">Linia przerywana: średnia. Zielony pas: zwykła zmienność z tygodnia na tydzień.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="206"/>
        <source>Trial limits: fewer than 12 weeks so far.</source>
        <translation type="unfinished">Granice próbne: na razie mniej niż 12 tygodni.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="224"/>
        <source>Fewer than %1 people said where they noticed kindness, so no shares are shown.</source>
        <translation type="unfinished">Mniej niż %1 osób podało, gdzie spotkało się z życzliwością, więc nie pokazujemy udziałów.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="227"/>
        <source>Nobody has said where they noticed kindness in these 4 weeks.</source>
        <translation type="unfinished">W tych 4 tygodniach nikt nie podał, gdzie spotkał się z życzliwością.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="233"/>
        <source>No staff answers yet this month.</source>
        <translation type="unfinished">W tym miesiącu nie ma jeszcze odpowiedzi personelu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="248"/>
        <source>Acknowledged</source>
        <translation type="unfinished">Potwierdzony</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="248"/>
        <source>New</source>
        <translation type="unfinished">Nowy</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="254"/>
        <source>Saved as %1 on the USB stick (%2). You can take the stick out now.</source>
        <translation type="unfinished">Zapisano jako %1 na pamięci USB (%2). Można już wyjąć pamięć.</translation>
    </message>
    <message>
        <location filename="../../kiosk/results/view_model_words.py" line="256"/>
        <source>No USB stick was found, so the report was saved as %1 in the kiosk&apos;s data folder (%2).</source>
        <translation type="unfinished">Nie znaleziono pamięci USB, więc raport zapisano jako %1 w folderze danych kiosku (%2).</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <location filename="../../kiosk/staff/pulse/model.py" line="26"/>
        <source>Thank you. Your answer is in, with no name on it.</source>
        <translation type="unfinished">Dziękujemy. Odpowiedź została zapisana, bez nazwiska.</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/view_model.py" line="193"/>
        <source>The PIN has at least 4 digits.</source>
        <translation type="unfinished">PIN ma co najmniej 4 cyfry.</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/view_model.py" line="266"/>
        <source>No staff PIN is set on this kiosk yet. Set one with: kiosk staff set-pin</source>
        <translation type="unfinished">W tym kiosku nie ustawiono jeszcze PIN-u personelu. Ustaw go poleceniem: kiosk staff set-pin</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/view_model.py" line="279"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation type="unfinished">Nie udało się sprawdzić PIN-u. Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>upkeep</name>
    <message>
        <location filename="../../kiosk/upkeep/daily.py" line="111"/>
        <source>The kiosk&apos;s disk is nearly full (%1 MB free). Answers still save, but ask IT to free some space soon.</source>
        <translation type="unfinished">Dysk kiosku jest prawie pełny (wolne: %1 MB). Odpowiedzi nadal się zapisują, ale poproś dział IT o zwolnienie miejsca.</translation>
    </message>
</context>
<context>
    <name>wall</name>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="31"/>
        <source>Thank you to…</source>
        <translation type="unfinished">Dziękuję…</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="32"/>
        <location filename="../../kiosk/wall/scenes.py" line="26"/>
        <source>Thank you to </source>
        <translation type="unfinished">Dziękuję </translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="34"/>
        <source>Today someone…</source>
        <translation type="unfinished">Dzisiaj ktoś…</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="35"/>
        <source>Today someone </source>
        <translation type="unfinished">Dzisiaj ktoś </translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="36"/>
        <source>A kind thing I saw…</source>
        <translation type="unfinished">Zauważona życzliwość…</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="37"/>
        <source>A kind thing I saw: </source>
        <translation type="unfinished">Zauważona życzliwość: </translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="119"/>
        <source>A little too long: %1 over the limit. Please shorten it — nothing has been cut.</source>
        <translation type="unfinished">Trochę za długie: o %1 za dużo. Skróć, proszę — nic nie zostało obcięte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="123"/>
        <source>Room for %1 more</source>
        <translation type="unfinished">Zostało miejsca: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="143"/>
        <source>A few invisible or stacked characters will be left out.</source>
        <translation type="unfinished">Kilka niewidocznych lub nałożonych znaków zostanie pominiętych.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="145"/>
        <source>Extra line breaks will be joined up.</source>
        <translation type="unfinished">Dodatkowe podziały wierszy zostaną połączone.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="152"/>
        <source>Kind messages go on the wall straight away. A member of staff reads any the kiosk is unsure about first.</source>
        <translation type="unfinished">Życzliwe wiadomości trafiają na tablicę od razu. Te, co do których kiosk nie ma pewności, najpierw czyta ktoś z personelu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="155"/>
        <source>A member of staff reads every message before it goes on the wall.</source>
        <translation type="unfinished">Ktoś z personelu czyta każdą wiadomość, zanim trafi na tablicę.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/feature.py" line="51"/>
        <source>Kindness wall</source>
        <translation type="unfinished">Tablica życzliwości</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/feature.py" line="52"/>
        <source>Read and write thank-you notes</source>
        <translation type="unfinished">Czytaj i pisz podziękowania</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/feature.py" line="53"/>
        <source>Kindness wall messages</source>
        <translation type="unfinished">Wiadomości na tablicy życzliwości</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/feature.py" line="54"/>
        <source>Approve, hide or pin visitors&apos; messages</source>
        <translation type="unfinished">Zatwierdzaj, ukrywaj lub przypinaj wiadomości odwiedzających</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/feature.py" line="55"/>
        <source>Print a wall poster</source>
        <translation type="unfinished">Wydrukuj plakat z tablicy</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/feature.py" line="56"/>
        <source>A4 or A3, of the messages on the wall</source>
        <translation type="unfinished">A4 lub A3, z wiadomościami z tablicy</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="51"/>
        <source>Rude or hurtful words</source>
        <translation type="unfinished">Niegrzeczne lub raniące słowa</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="52"/>
        <source>A phone number</source>
        <translation type="unfinished">Numer telefonu</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="53"/>
        <source>An email address</source>
        <translation type="unfinished">Adres e-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="54"/>
        <source>A postcode</source>
        <translation type="unfinished">Kod pocztowy</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="55"/>
        <source>A social media name</source>
        <translation type="unfinished">Nazwa w mediach społecznościowych</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="56"/>
        <source>A web link</source>
        <translation type="unfinished">Link do strony</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="57"/>
        <source>A long number</source>
        <translation type="unfinished">Długi numer</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="58"/>
        <source>Web code (it would show as plain text)</source>
        <translation type="unfinished">Kod strony (byłby widoczny jako zwykły tekst)</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="59"/>
        <source>Hidden characters (removed)</source>
        <translation type="unfinished">Ukryte znaki (usunięte)</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="60"/>
        <source>All in capitals</source>
        <translation type="unfinished">Same wielkie litery</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="61"/>
        <source>Looks like spam</source>
        <translation type="unfinished">Wygląda na spam</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="62"/>
        <source>Too long</source>
        <translation type="unfinished">Za długie</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="63"/>
        <source>Empty</source>
        <translation type="unfinished">Puste</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="64"/>
        <source>A street address</source>
        <translation type="unfinished">Adres ulicy</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="65"/>
        <source>A full name and a place</source>
        <translation type="unfinished">Imię i nazwisko oraz miejsce</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="66"/>
        <source>Reads as an insult</source>
        <translation type="unfinished">Brzmi jak obelga</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="67"/>
        <source>Reads as hate</source>
        <translation type="unfinished">Brzmi jak nienawiść</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="68"/>
        <source>Reads as a threat</source>
        <translation type="unfinished">Brzmi jak groźba</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="69"/>
        <source>The writer may need help: please read it soon</source>
        <translation type="unfinished">Osoba pisząca może potrzebować pomocy: prosimy przeczytać szybko</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="70"/>
        <source>Not clearly kind or thankful</source>
        <translation type="unfinished">Nie jest wyraźnie życzliwe ani wdzięczne</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="80"/>
        <source>Personal details</source>
        <translation type="unfinished">Dane osobowe</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="81"/>
        <source>Not kind</source>
        <translation type="unfinished">Nieżyczliwe</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="82"/>
        <source>Spam or advert</source>
        <translation type="unfinished">Spam lub reklama</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="83"/>
        <source>Other reason</source>
        <translation type="unfinished">Inny powód</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="90"/>
        <source>Approved — it is on the wall now.</source>
        <translation type="unfinished">Zatwierdzono — jest już na tablicy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="91"/>
        <source>Pinned — it stays at the top of the wall.</source>
        <translation type="unfinished">Przypięto — zostaje na górze tablicy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="92"/>
        <source>Unpinned.</source>
        <translation type="unfinished">Odpięto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="93"/>
        <source>Rejected — it will not be shown.</source>
        <translation type="unfinished">Odrzucono — nie będzie pokazana.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="94"/>
        <source>Hidden — it has left the wall.</source>
        <translation type="unfinished">Ukryto — zniknęła z tablicy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="95"/>
        <source>Shown again — it is back on the wall.</source>
        <translation type="unfinished">Pokazano znowu — wróciła na tablicę.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="36"/>
        <source>A4</source>
        <translation type="unfinished">A4</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="36"/>
        <source>For a noticeboard</source>
        <translation type="unfinished">Na tablicę ogłoszeń</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="37"/>
        <source>A3</source>
        <translation type="unfinished">A3</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="37"/>
        <source>Bigger, for a wall</source>
        <translation type="unfinished">Większy, na ścianę</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="42"/>
        <source>Last 7 days</source>
        <translation type="unfinished">Ostatnie 7 dni</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="44"/>
        <source>Last 30 days</source>
        <translation type="unfinished">Ostatnie 30 dni</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="45"/>
        <source>All</source>
        <translation type="unfinished">Wszystkie</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="101"/>
        <source>Making the poster…</source>
        <translation type="unfinished">Tworzenie plakatu…</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="106"/>
        <source>Saved as %1 in the folder %2. Copy it to a staff computer to print it.</source>
        <translation type="unfinished">Zapisano jako %1 w folderze %2. Skopiuj go na komputer personelu, aby wydrukować.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="155"/>
        <source>Every message up to %1</source>
        <translation type="unfinished">Wszystkie wiadomości do %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="156"/>
        <source>%1 to %2</source>
        <translation type="unfinished">Od %1 do %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="167"/>
        <source>Kindness noticed here</source>
        <translation type="unfinished">Życzliwość zauważona u nas</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="169"/>
        <source>Kindness noticed here (continued)</source>
        <translation type="unfinished">Życzliwość zauważona u nas (ciąg dalszy)</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="170"/>
        <source>Written by visitors on our kindness kiosk</source>
        <translation type="unfinished">Napisane przez odwiedzających w naszym Kiosku Życzliwości</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="171"/>
        <source>Page {n} of {total}</source>
        <translation type="unfinished">Strona {n} z {total}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/send_model.py" line="69"/>
        <source>Thank you for your kind words</source>
        <translation type="unfinished">Dziękujemy za życzliwe słowa</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/send_model.py" line="70"/>
        <source>Thank you</source>
        <translation type="unfinished">Dziękujemy</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/send_model.py" line="75"/>
        <source>Your message is on the wall now.</source>
        <translation type="unfinished">Twoja wiadomość jest już na tablicy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/send_model.py" line="77"/>
        <source>A member of staff will read it before it goes on the wall.</source>
        <translation type="unfinished">Ktoś z personelu przeczyta ją, zanim trafi na tablicę.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/send_model.py" line="79"/>
        <source>Lots of messages have been written here just now, so this one was not sent. Please try again in a few minutes.</source>
        <translation type="unfinished">Właśnie napisano tu bardzo dużo wiadomości, więc ta nie została wysłana. Prosimy spróbować ponownie za kilka minut.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/send_model.py" line="83"/>
        <source>We already have this message, so it was not sent again.</source>
        <translation type="unfinished">Mamy już tę wiadomość, więc nie została wysłana drugi raz.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/send_model.py" line="84"/>
        <source>It will appear on the wall once a member of staff has seen it.</source>
        <translation type="unfinished">Pojawi się na tablicy, gdy zobaczy ją ktoś z personelu.</translation>
    </message>
</context>
<context>
    <name>whatson</name>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="126"/>
        <source>On now, until %1</source>
        <translation type="unfinished">Teraz trwa, do %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="128"/>
        <source>Next: %1</source>
        <translation type="unfinished">Następny termin: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="129"/>
        <source>No dates planned at the moment</source>
        <translation type="unfinished">Na razie brak zaplanowanych terminów</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="140"/>
        <source>Opening hours</source>
        <translation type="unfinished">Godziny otwarcia</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="141"/>
        <source>When</source>
        <translation type="unfinished">Kiedy</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="168"/>
        <source>To book, phone %1.</source>
        <translation type="unfinished">Zapisy telefonicznie: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="170"/>
        <source>To book, email %1.</source>
        <translation type="unfinished">Zapisy e-mailem: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="172"/>
        <source>Ask at the desk about booking.</source>
        <translation type="unfinished">O zapisy zapytaj w recepcji.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="173"/>
        <source>Ask at the desk to book.</source>
        <translation type="unfinished">Zapisy w recepcji — wystarczy zapytać.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="221"/>
        <source>Ask at the desk about getting in and around.</source>
        <translation type="unfinished">O dostępność budynku zapytaj w recepcji.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="260"/>
        <source>Scan with your phone&apos;s camera to open the web page.</source>
        <translation type="unfinished">Zeskanuj aparatem telefonu, aby otworzyć stronę.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="261"/>
        <source>Scan with your phone&apos;s camera to keep these details.</source>
        <translation type="unfinished">Zeskanuj aparatem telefonu, aby zachować te informacje.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="306"/>
        <source>Scan to add the next session, %1, to your phone&apos;s calendar.</source>
        <translation type="unfinished">Zeskanuj, aby dodać najbliższy termin (%1) do kalendarza w telefonie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="369"/>
        <source>Closed on %1</source>
        <translation type="unfinished">Zamknięte: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="79"/>
        <source>Sorry, this one is cancelled.</source>
        <translation type="unfinished">Przepraszamy, to zostało odwołane.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="375"/>
        <location filename="../../kiosk/whatson/listing_rows.py" line="88"/>
        <source>On now</source>
        <translation type="unfinished">Teraz trwa</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/feature.py" line="54"/>
        <source>What&apos;s on</source>
        <translation type="unfinished">Co się dzieje</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/feature.py" line="55"/>
        <source>Activities, and places to just drop in</source>
        <translation type="unfinished">Zajęcia, a także miejsca otwarte bez zapisów</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="33"/>
        <location filename="../../kiosk/whatson/listing_text.py" line="134"/>
        <source>Today</source>
        <translation type="unfinished">Dzisiaj</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="35"/>
        <source>This week</source>
        <translation type="unfinished">W tym tygodniu</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="36"/>
        <location filename="../../kiosk/whatson/listing_text.py" line="169"/>
        <source>Open now</source>
        <translation type="unfinished">Teraz otwarte</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="42"/>
        <source>Everything</source>
        <translation type="unfinished">Wszystko</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="50"/>
        <source>Other</source>
        <translation type="unfinished">Inne</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="57"/>
        <source>Just drop in — no booking</source>
        <translation type="unfinished">Wystarczy przyjść — bez zapisów</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="59"/>
        <source>Please book first</source>
        <translation type="unfinished">Wymagane zapisy</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="76"/>
        <source>Sorry, this one is cancelled: %1</source>
        <translation type="unfinished">Przepraszamy, to zostało odwołane: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="77"/>
        <source>Cancelled: %1</source>
        <translation type="unfinished">Odwołane: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="80"/>
        <source>Cancelled</source>
        <translation type="unfinished">Odwołane</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="106"/>
        <source>Also on %1</source>
        <translation type="unfinished">Także: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="30"/>
        <source>Step-free access</source>
        <translation type="unfinished">Dostęp bez schodów</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="31"/>
        <source>Hearing loop</source>
        <translation type="unfinished">Pętla indukcyjna</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="32"/>
        <source>Accessible toilet</source>
        <translation type="unfinished">Toaleta dla osób z niepełnosprawnościami</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="33"/>
        <source>Changing Places toilet</source>
        <translation type="unfinished">Toaleta Changing Places</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="34"/>
        <source>Quiet space</source>
        <translation type="unfinished">Ciche miejsce</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="35"/>
        <source>Accessible parking</source>
        <translation type="unfinished">Parking dla osób z niepełnosprawnościami</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="36"/>
        <source>Seats to rest on</source>
        <translation type="unfinished">Miejsca do odpoczynku</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="37"/>
        <source>Large print</source>
        <translation type="unfinished">Duży druk</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="38"/>
        <source>British Sign Language (BSL)</source>
        <translation type="unfinished">Brytyjski język migowy (BSL)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="39"/>
        <source>Assistance dogs welcome</source>
        <translation type="unfinished">Psy asystujące mile widziane</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="40"/>
        <source>Dementia friendly</source>
        <translation type="unfinished">Przyjazne osobom z demencją</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="106"/>
        <source>12 noon</source>
        <translation type="unfinished">południe</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="108"/>
        <source>midnight</source>
        <translation type="unfinished">północ</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="114"/>
        <source>%1 – %2</source>
        <translation type="unfinished">%1 – %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="118"/>
        <location filename="../../kiosk/whatson/listing_text.py" line="229"/>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 – %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="136"/>
        <source>Tomorrow</source>
        <translation type="unfinished">Jutro</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="142"/>
        <source>Today — %1</source>
        <translation type="unfinished">Dzisiaj — %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="144"/>
        <source>Tomorrow — %1</source>
        <translation type="unfinished">Jutro — %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="150"/>
        <source>today</source>
        <translation type="unfinished">dzisiaj</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="152"/>
        <source>tomorrow</source>
        <translation type="unfinished">jutro</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="153"/>
        <source>on %1</source>
        <translation type="unfinished">%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="304"/>
        <location filename="../../kiosk/whatson/listing_text.py" line="158"/>
        <location filename="../../kiosk/whatson/listing_text.py" line="208"/>
        <location filename="../../kiosk/whatson/listing_text.py" line="272"/>
        <source>%1, %2</source>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="171"/>
        <source>Open now until %1</source>
        <translation type="unfinished">Teraz otwarte, do %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="172"/>
        <source>Open now until %1 %2</source>
        <translation type="unfinished">Teraz otwarte — zamknięcie: %1, %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="176"/>
        <source>Closed for now</source>
        <translation type="unfinished">Na razie zamknięte</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="178"/>
        <source>Opens at %1</source>
        <translation type="unfinished">Otwarcie o %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="179"/>
        <source>Opens %1 at %2</source>
        <translation type="unfinished">Otwarcie: %1, godz. %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="190"/>
        <source>Free</source>
        <translation type="unfinished">Bezpłatne</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="192"/>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="196"/>
        <source>Ask at the desk about the cost.</source>
        <translation type="unfinished">O koszt zapytaj w recepcji.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="214"/>
        <source>%1 and %2</source>
        <translation type="unfinished">%1 i %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="232"/>
        <source>closed</source>
        <translation type="unfinished">zamknięte</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="233"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="236"/>
        <source>1st</source>
        <translation type="unfinished">1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="236"/>
        <source>2nd</source>
        <translation type="unfinished">2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="237"/>
        <source>3rd</source>
        <translation type="unfinished">3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="237"/>
        <source>4th</source>
        <translation type="unfinished">4.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="238"/>
        <source>5th</source>
        <translation type="unfinished">5.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="238"/>
        <source>last</source>
        <translation type="unfinished">ostatni(a)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="239"/>
        <source>second to last</source>
        <translation type="unfinished">przedostatni(a)</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="244"/>
        <source>last day</source>
        <translation type="unfinished">ostatniego</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="255"/>
        <source>Every %1</source>
        <translation type="unfinished">Co tydzień: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="257"/>
        <source>Every other %1</source>
        <translation type="unfinished">Co dwa tygodnie: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="259"/>
        <source>Every %1 weeks on %2</source>
        <translation type="unfinished">Co %1 tyg.: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="262"/>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="265"/>
        <source>the %1</source>
        <translation type="unfinished">%1 dnia</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="268"/>
        <source>%1 of the month</source>
        <translation type="unfinished">%1 miesiąca</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="270"/>
        <source>%1 of every %2 months</source>
        <translation type="unfinished">%1 miesiąca, co %2 mies.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="284"/>
        <source>Phone %1</source>
        <translation type="unfinished">Telefon: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="91"/>
        <source>Sorry — what&apos;s on cannot be shown just now</source>
        <translation type="unfinished">Przepraszamy — nie można teraz pokazać, co się dzieje</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="93"/>
        <source>Nothing is listed yet</source>
        <translation type="unfinished">Nic nie zostało jeszcze dodane</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="95"/>
        <source>Nothing on today</source>
        <translation type="unfinished">Dzisiaj nic się nie dzieje</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="98"/>
        <source>Nothing else is going ahead today</source>
        <translation type="unfinished">Dziś nic więcej się nie odbędzie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="100"/>
        <source>Nothing else on today</source>
        <translation type="unfinished">Dzisiaj nic więcej się nie dzieje</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="102"/>
        <source>Nothing is going ahead this week</source>
        <translation type="unfinished">W tym tygodniu nic się nie odbędzie</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="104"/>
        <source>Nothing on this week</source>
        <translation type="unfinished">W tym tygodniu nic się nie dzieje</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="106"/>
        <source>No places to drop in are listed yet</source>
        <translation type="unfinished">Nie dodano jeszcze miejsc, do których można po prostu przyjść</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="108"/>
        <source>Nothing is open right now</source>
        <translation type="unfinished">Teraz nic nie jest otwarte</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="117"/>
        <source>Please ask a member of staff, or try again in a moment.</source>
        <translation type="unfinished">Prosimy zapytać kogoś z personelu albo spróbować ponownie za chwilę.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="122"/>
        <source>Staff at the desk can tell you what is on.</source>
        <translation type="unfinished">Personel w recepcji powie, co się dzieje.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="124"/>
        <source>Staff at the desk can tell you where to go.</source>
        <translation type="unfinished">Personel w recepcji powie, dokąd się udać.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="126"/>
        <source>Here is when each place opens next.</source>
        <translation type="unfinished">Oto najbliższe godziny otwarcia każdego miejsca.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="129"/>
        <source>Nothing is planned for the next few weeks yet. Staff at the desk may know of more.</source>
        <translation type="unfinished">Na najbliższe tygodnie nic jeszcze nie zaplanowano. Personel w recepcji może wiedzieć o czymś więcej.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="132"/>
        <source>Here is what&apos;s on tomorrow, %1.</source>
        <translation type="unfinished">Oto co dzieje się jutro, %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="135"/>
        <source>Here is what&apos;s on next, %1.</source>
        <translation type="unfinished">Oto co dzieje się najbliżej: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="138"/>
        <source>Or tap “Everything” to see all that is on.</source>
        <translation type="unfinished">Albo dotknij „Wszystko”, aby zobaczyć wszystko, co się dzieje.</translation>
    </message>
</context>
</TS>
