<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ChangeMap</name>
    <message>
        <source>denser than before</source>
        <translation>плотнее, чем раньше</translation>
    </message>
    <message>
        <source>clearer than before</source>
        <translation>светлее, чем раньше</translation>
    </message>
</context>
<context>
    <name>ConsultTemplate</name>
    <message>
        <source>Free text</source>
        <translation>Свободный текст</translation>
    </message>
    <message>
        <source>Chest X-ray in COVID-19 (Brixia score)</source>
        <translation>Рентгенография грудной клетки при COVID-19 (шкала Brixia)</translation>
    </message>
    <message>
        <source>Brixia zone A (right upper lung)</source>
        <translation>Зона Brixia A (верхнее поле правого лёгкого)</translation>
    </message>
    <message>
        <source>Brixia zone B (right middle lung)</source>
        <translation>Зона Brixia B (среднее поле правого лёгкого)</translation>
    </message>
    <message>
        <source>Brixia zone C (right lower lung)</source>
        <translation>Зона Brixia C (нижнее поле правого лёгкого)</translation>
    </message>
    <message>
        <source>Brixia zone D (left upper lung)</source>
        <translation>Зона Brixia D (верхнее поле левого лёгкого)</translation>
    </message>
    <message>
        <source>Brixia zone E (left middle lung)</source>
        <translation>Зона Brixia E (среднее поле левого лёгкого)</translation>
    </message>
    <message>
        <source>Brixia zone F (left lower lung)</source>
        <translation>Зона Brixia F (нижнее поле левого лёгкого)</translation>
    </message>
    <message>
        <source>Brixia score</source>
        <translation>Балл по шкале Brixia</translation>
    </message>
    <message>
        <source>Chest CT in COVID-19 (CO-RADS, CT severity score)</source>
        <translation>КТ грудной клетки при COVID-19 (CO-RADS, КТ-индекс тяжести)</translation>
    </message>
    <message>
        <source>CO-RADS category</source>
        <translation>Категория CO-RADS</translation>
    </message>
    <message>
        <source>CT severity, right upper lobe</source>
        <translation>КТ-тяжесть, верхняя доля справа</translation>
    </message>
    <message>
        <source>CT severity, right middle lobe</source>
        <translation>КТ-тяжесть, средняя доля справа</translation>
    </message>
    <message>
        <source>CT severity, right lower lobe</source>
        <translation>КТ-тяжесть, нижняя доля справа</translation>
    </message>
    <message>
        <source>CT severity, left upper lobe</source>
        <translation>КТ-тяжесть, верхняя доля слева</translation>
    </message>
    <message>
        <source>CT severity, left lower lobe</source>
        <translation>КТ-тяжесть, нижняя доля слева</translation>
    </message>
    <message>
        <source>CT severity score</source>
        <translation>КТ-индекс тяжести</translation>
    </message>
</context>
<context>
    <name>HangingProtocol</name>
    <message>
        <source>Chest X-ray: current and previous</source>
        <translation>Рентгенограмма грудной клетки: текущая и предыдущая</translation>
    </message>
    <message>
        <source>Chest X-ray: current and two previous</source>
        <translation>Рентгенограмма грудной клетки: текущая и две предыдущие</translation>
    </message>
    <message>
        <source>X-ray: current and previous</source>
        <translation>Рентгенограмма: текущая и предыдущая</translation>
    </message>
    <message>
        <source>CT or MR: current and previous</source>
        <translation>КТ или МРТ: текущее и предыдущее</translation>
    </message>
    <message>
        <source>CT or MR: current and previous, three planes each</source>
        <translation>КТ или МРТ: текущее и предыдущее, по три плоскости</translation>
    </message>
    <message>
        <source>Current and previous</source>
        <translation>Текущее и предыдущее</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cannot open: %1</source>
        <translation>не удаётся открыть: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>пустой файл</translation>
    </message>
    <message>
        <source>not a DICOM file</source>
        <translation>не файл DICOM</translation>
    </message>
    <message>
        <source>truncated or lying length: an element claims more data than the file holds</source>
        <translation>обрезан или неверная длина: элемент заявляет больше данных, чем есть в файле</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>нечитаемый: %1</translation>
    </message>
    <message>
        <source>cannot be re-encoded as a DICOM file</source>
        <translation>не удаётся перекодировать в файл DICOM</translation>
    </message>
    <message>
        <source>character set &quot;%1&quot; could not be decoded (%2); text kept as Latin-1</source>
        <translation>кодировку «%1» не удалось декодировать (%2); текст сохранён как Latin-1</translation>
    </message>
    <message>
        <source>the data does not match its declared transfer syntax (%1)</source>
        <translation>данные не соответствуют заявленному синтаксису передачи (%1)</translation>
    </message>
    <message>
        <source>no SOP Instance UID</source>
        <translation>нет SOP Instance UID</translation>
    </message>
    <message>
        <source>invalid SOP Instance UID &quot;%1&quot;</source>
        <translation>недопустимый SOP Instance UID «%1»</translation>
    </message>
    <message>
        <source>no SOP Class UID</source>
        <translation>нет SOP Class UID</translation>
    </message>
    <message>
        <source>no Study Instance UID</source>
        <translation>нет Study Instance UID</translation>
    </message>
    <message>
        <source>no Series Instance UID</source>
        <translation>нет Series Instance UID</translation>
    </message>
    <message>
        <source>cannot read DICOMDIR %1: %2</source>
        <translation>не удаётся прочитать DICOMDIR %1: %2</translation>
    </message>
    <message>
        <source>cannot open the index: %1</source>
        <translation>не удаётся открыть индекс: %1</translation>
    </message>
    <message>
        <source>cannot check the index after an interrupted write: %1</source>
        <translation>не удаётся проверить индекс после прерванной записи: %1</translation>
    </message>
    <message>
        <source>cannot read the index: %1</source>
        <translation>не удаётся прочитать индекс: %1</translation>
    </message>
    <message>
        <source>cannot record objects in the index: %1</source>
        <translation>не удаётся записать объекты в индекс: %1</translation>
    </message>
    <message>
        <source>damaged zip archive (%1)</source>
        <translation>повреждённый zip-архив (%1)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>entry too large</source>
        <translation>слишком большой элемент</translation>
    </message>
    <message>
        <source>damaged entry: %1</source>
        <translation>повреждённый элемент: %1</translation>
    </message>
    <message>
        <source>listed in %1 but missing</source>
        <translation>указан в %1, но отсутствует</translation>
    </message>
    <message>
        <source>the index was written by a newer dicomnet (schema version %1; this program knows up to %2); it has not been touched</source>
        <translation>индекс записан более новой версией dicomnet (версия схемы %1; эта программа знает до %2); он не изменён</translation>
    </message>
    <message>
        <source>migration %1 is missing from the program</source>
        <translation>миграция %1 отсутствует в программе</translation>
    </message>
    <message>
        <source>cannot upgrade the index: %1</source>
        <translation>не удаётся обновить индекс: %1</translation>
    </message>
    <message>
        <source>the disk is full: cannot write %1</source>
        <translation>диск заполнен: не удаётся записать %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>не удаётся создать %1: %2</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>не удаётся заблокировать %1</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check не принимает аргументов</translation>
    </message>
    <message>
        <source>missing file: %1</source>
        <translation>отсутствует файл: %1</translation>
    </message>
    <message>
        <source>size mismatch: %1</source>
        <translation>несовпадение размера: %1</translation>
    </message>
    <message>
        <source>not in the index: %1</source>
        <translation>нет в индексе: %1</translation>
    </message>
    <message>
        <source>wrong counters: %1</source>
        <translation>неверные счётчики: %1</translation>
    </message>
    <message>
        <source>interrupted writer: %1</source>
        <translation>прерванная запись: %1</translation>
    </message>
    <message>
        <source>%1 instances, %2 files: %3</source>
        <translation>экземпляров: %1, файлов: %2: %3</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>согласовано</translation>
    </message>
    <message>
        <source>INCONSISTENT</source>
        <translation>НЕСОГЛАСОВАНО</translation>
    </message>
    <message>
        <source>print the summary as JSON</source>
        <translation>вывести итог в формате JSON</translation>
    </message>
    <message>
        <source>files, folders, DICOMDIRs, zips</source>
        <translation>файлы, папки, DICOMDIR, zip-архивы</translation>
    </message>
    <message>
        <source>import needs at least one PATH</source>
        <translation>import требует хотя бы один ПУТЬ</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>объектов</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates</source>
        <translation>импортировано: %1, дубликатов: %2</translation>
    </message>
    <message>
        <source>skipped (not DICOM): %1: %2</source>
        <translation>пропущено (не DICOM): %1: %2</translation>
    </message>
    <message>
        <source>rejected: %1: %2</source>
        <translation>отклонено: %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>imported %1, duplicates %2, skipped %3, rejected %4</source>
        <translation>импортировано %1, дубликатов %2, пропущено %3, отклонено %4</translation>
    </message>
    <message>
        <source>%1 in %2 s (%3/s, %4 objects/s)</source>
        <translation>%1 за %2 с (%3/с, %4 объектов/с)</translation>
    </message>
    <message>
        <source>import stopped: %1</source>
        <translation>импорт остановлен: %1</translation>
    </message>
    <message>
        <source>import interrupted; what was reported is stored</source>
        <translation>импорт прерван; всё, о чём сообщено, сохранено</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>PATIENT ID</source>
        <translation>ID ПАЦИЕНТА</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>MOD</source>
        <translation>МОД</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>ОПИСАНИЕ</translation>
    </message>
    <message>
        <source>SERIES</source>
        <translation>СЕРИИ</translation>
    </message>
    <message>
        <source>IMAGES</source>
        <translation>ИЗОБР.</translation>
    </message>
    <message>
        <source>STUDY UID</source>
        <translation>UID ИССЛЕДОВАНИЯ</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>машиночитаемый вывод</translation>
    </message>
    <message>
        <source>patient name contains</source>
        <translation>имя пациента содержит</translation>
    </message>
    <message>
        <source>patient ID starts with</source>
        <translation>ID пациента начинается с</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>модальность</translation>
    </message>
    <message>
        <source>study date range FROM-TO (YYYYMMDD)</source>
        <translation>диапазон дат исследования С-ПО (ГГГГММДД)</translation>
    </message>
    <message>
        <source>ls needs patients, studies, series or instances</source>
        <translation>ls требует patients, studies, series или instances</translation>
    </message>
    <message>
        <source>ls %1 needs one UID</source>
        <translation>ls %1 требует один UID</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>слишком много аргументов</translation>
    </message>
    <message>
        <source>ISSUER</source>
        <translation>ВЫДАВШИЙ</translation>
    </message>
    <message>
        <source>BORN</source>
        <translation>РОЖДЁН</translation>
    </message>
    <message>
        <source>SEX</source>
        <translation>ПОЛ</translation>
    </message>
    <message>
        <source>STUDIES</source>
        <translation>ИССЛЕДОВАНИЯ</translation>
    </message>
    <message>
        <source>--date takes YYYYMMDD-YYYYMMDD</source>
        <translation>--date принимает ГГГГММДД-ГГГГММДД</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>НОМЕР</translation>
    </message>
    <message>
        <source>BODY PART</source>
        <translation>ОБЛАСТЬ</translation>
    </message>
    <message>
        <source>SERIES UID</source>
        <translation>UID СЕРИИ</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>РАЗМЕР</translation>
    </message>
    <message>
        <source>FRAMES</source>
        <translation>КАДРЫ</translation>
    </message>
    <message>
        <source>TRANSFER SYNTAX</source>
        <translation>СИНТАКСИС ПЕРЕДАЧИ</translation>
    </message>
    <message>
        <source>SOP INSTANCE UID</source>
        <translation>SOP INSTANCE UID</translation>
    </message>
    <message>
        <source>ls: unknown listing &quot;%1&quot;</source>
        <translation>ls: неизвестный список «%1»</translation>
    </message>
    <message>
        <source>Issuer of Patient ID</source>
        <translation>Организация, выдавшая ID пациента</translation>
    </message>
    <message>
        <source>history needs one PATIENT_ID</source>
        <translation>history требует один PATIENT_ID</translation>
    </message>
    <message>
        <source>Run &apos;dicomnet --help&apos; for usage.</source>
        <translation>Запустите «dicomnet --help», чтобы узнать использование.</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, осталось %1</translation>
    </message>
    <message>
        <source>recovered: indexed %1 object(s) an interrupted writer had stored</source>
        <translation>восстановление: проиндексировано объектов, сохранённых прерванной записью: %1</translation>
    </message>
    <message>
        <source>no peer named &quot;%1&quot; (see dicomnet peers list)</source>
        <translation>нет узла «%1» (см. dicomnet peers list)</translation>
    </message>
    <message>
        <source>TCP port (default 11112)</source>
        <translation>TCP-порт (по умолчанию 11112)</translation>
    </message>
    <message>
        <source>associations served at once (default 8)</source>
        <translation>одновременно обслуживаемых ассоциаций (по умолчанию 8)</translation>
    </message>
    <message>
        <source>listen takes no arguments</source>
        <translation>listen не принимает аргументов</translation>
    </message>
    <message>
        <source>--port takes 1 to 65535</source>
        <translation>--port принимает 1–65535</translation>
    </message>
    <message>
        <source>--max-associations takes a positive number</source>
        <translation>--max-associations принимает положительное число</translation>
    </message>
    <message>
        <source>received from %1: %2, %3 %4 — %5%6</source>
        <translation>получено от %1: %2, %3 %4 — %5%6</translation>
    </message>
    <message>
        <source> (already stored)</source>
        <translation> (уже сохранено)</translation>
    </message>
    <message>
        <source>association rejected: %1</source>
        <translation>ассоциация отклонена: %1</translation>
    </message>
    <message numerus="yes">
        <source>stopping: waiting for %n association(s) in progress</source>
        <translation>
            <numerusform>остановка: ожидание %n ассоциации</numerusform>
            <numerusform>остановка: ожидание %n ассоциаций</numerusform>
            <numerusform>остановка: ожидание %n ассоциаций</numerusform>
        </translation>
    </message>
    <message>
        <source>the peer&apos;s AE title</source>
        <translation>AE title узла</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>имя или адрес хоста</translation>
    </message>
    <message>
        <source>TCP port</source>
        <translation>TCP-порт</translation>
    </message>
    <message>
        <source>the peer speaks DICOM over TLS</source>
        <translation>узел работает по DICOM поверх TLS</translation>
    </message>
    <message>
        <source>--port takes a number</source>
        <translation>--port принимает число</translation>
    </message>
    <message>
        <source>added peer %1: %2@%3:%4%5</source>
        <translation>добавлен узел %1: %2@%3:%4%5</translation>
    </message>
    <message>
        <source>peers remove NAME</source>
        <translation>peers remove ИМЯ</translation>
    </message>
    <message>
        <source>removed peer %1</source>
        <translation>узел %1 удалён</translation>
    </message>
    <message>
        <source>peers list takes no arguments</source>
        <translation>peers list не принимает аргументов</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>AE TITLE</source>
        <translation>AE TITLE</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ХОСТ</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>ПОРТ</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>peers needs add, list or remove</source>
        <translation>peers требует add, list или remove</translation>
    </message>
    <message>
        <source>echo needs one PEER</source>
        <translation>echo требует один УЗЕЛ</translation>
    </message>
    <message>
        <source>%1 answered C-ECHO in %2 ms</source>
        <translation>%1 ответил на C-ECHO за %2 мс</translation>
    </message>
    <message>
        <source>send needs a PEER and at least one UID</source>
        <translation>send требует УЗЕЛ и хотя бы один UID</translation>
    </message>
    <message>
        <source>%1 is not a study, series or instance in the cache</source>
        <translation>%1 — не исследование, серия или экземпляр из кэша</translation>
    </message>
    <message>
        <source>cannot flush the index: %1</source>
        <translation>не удаётся сбросить индекс на диск: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>cannot use the index: %1</source>
        <translation>не удаётся использовать индекс: %1</translation>
    </message>
    <message>
        <source>a peer needs a name</source>
        <translation>узлу нужно имя</translation>
    </message>
    <message>
        <source>AE title &quot;%1&quot; must have 1 to 16 characters</source>
        <translation>AE title «%1» должен содержать от 1 до 16 символов</translation>
    </message>
    <message>
        <source>AE title &quot;%1&quot; may hold only printable ASCII without &apos;\&apos;</source>
        <translation>AE title «%1» может содержать только печатные символы ASCII без «\»</translation>
    </message>
    <message>
        <source>a peer needs a host</source>
        <translation>узлу нужен хост</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>порт %1 вне допустимого диапазона</translation>
    </message>
    <message>
        <source>a peer named &quot;%1&quot; already exists</source>
        <translation>узел «%1» уже существует</translation>
    </message>
    <message>
        <source>no peer named &quot;%1&quot;</source>
        <translation>нет узла «%1»</translation>
    </message>
    <message>
        <source>%1 (%2@%3:%4)</source>
        <translation>%1 (%2@%3:%4)</translation>
    </message>
    <message>
        <source>no association: %1</source>
        <translation>нет ассоциации: %1</translation>
    </message>
    <message>
        <source>C-ECHO failed: %1</source>
        <translation>C-ECHO не удался: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>the peer accepts neither this SOP class nor this transfer syntax</source>
        <translation>узел не принимает этот SOP-класс или синтаксис передачи</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>соединение потеряно: %1</translation>
    </message>
    <message>
        <source>refused with status 0x%1</source>
        <translation>отклонено со статусом 0x%1</translation>
    </message>
    <message>
        <source>cannot listen on port %1: %2</source>
        <translation>не удаётся слушать порт %1: %2</translation>
    </message>
    <message>
        <source>all %1 association workers are busy</source>
        <translation>все %1 обработчиков ассоциаций заняты</translation>
    </message>
    <message>
        <source>called AE title &quot;%1&quot; is not ours (%2)</source>
        <translation>вызываемый AE title «%1» не наш (%2)</translation>
    </message>
    <message>
        <source>refused an object from %1: %2</source>
        <translation>отклонён объект от %1: %2</translation>
    </message>
    <message>
        <source>refused an object from %1: its data set does not match the request</source>
        <translation>отклонён объект от %1: набор данных не соответствует запросу</translation>
    </message>
    <message>
        <source>our certificate (PEM; default: the data directory&apos;s node.pem)</source>
        <translation>наш сертификат (PEM; по умолчанию node.pem из папки данных)</translation>
    </message>
    <message>
        <source>our private key (PEM; default: node.key)</source>
        <translation>наш закрытый ключ (PEM; по умолчанию node.key)</translation>
    </message>
    <message>
        <source>the CA peers must chain to (PEM; default: ca.pem)</source>
        <translation>УЦ, к которому должны восходить сертификаты узлов (PEM; по умолчанию ca.pem)</translation>
    </message>
    <message>
        <source>DICOM over TLS; peers must present a certificate from the site CA</source>
        <translation>DICOM поверх TLS; узлы должны предъявить сертификат от УЦ учреждения</translation>
    </message>
    <message>
        <source>--known-peers-only, but no peer is known (dicomnet peers add)</source>
        <translation>--known-peers-only, но нет ни одного известного узла (dicomnet peers add)</translation>
    </message>
    <message>
        <source>listening as %1 on port %2%3 (cache %4); Ctrl-C stops</source>
        <translation>приём как %1 на порту %2%3 (кэш %4); Ctrl-C — остановить</translation>
    </message>
    <message>
        <source> with TLS</source>
        <translation> с TLS</translation>
    </message>
    <message>
        <source>the organisation the site CA is named after</source>
        <translation>организация, по которой назван УЦ учреждения</translation>
    </message>
    <message>
        <source>this workstation&apos;s name in its certificate (default: dicomnet)</source>
        <translation>имя этой станции в её сертификате (по умолчанию: dicomnet)</translation>
    </message>
    <message>
        <source>where issued files go (default: the data directory&apos;s certs/issued)</source>
        <translation>куда записать выпущенные файлы (по умолчанию certs/issued в папке данных)</translation>
    </message>
    <message>
        <source>certs init --org NAME [--node NAME]</source>
        <translation>certs init --org ИМЯ [--node ИМЯ]</translation>
    </message>
    <message>
        <source>site CA: %1
this node: %2 (key %3, readable by you only)</source>
        <translation>УЦ учреждения: %1
этот узел: %2 (ключ %3, доступен только вам)</translation>
    </message>
    <message>
        <source>certs issue NAME [--out DIR]</source>
        <translation>certs issue ИМЯ [--out ПАПКА]</translation>
    </message>
    <message>
        <source>issued for %1: %2 and %3 (give them, with %4, to that workstation)</source>
        <translation>выпущено для %1: %2 и %3 (передайте их вместе с %4 этой станции)</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>рукопожатие TLS не удалось: %1</translation>
    </message>
    <message>
        <source>the site needs an organisation name</source>
        <translation>учреждению нужно название организации</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable node name (letters, digits, - _ .)</source>
        <translation>«%1» — недопустимое имя узла (буквы, цифры, - _ .)</translation>
    </message>
    <message>
        <source>a site CA already exists in %1; it is kept (certificates it issued would stop working)</source>
        <translation>в %1 уже есть УЦ учреждения; он сохранён (выпущенные им сертификаты перестали бы работать)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
    <message>
        <source>cannot make a key: %1</source>
        <translation>не удаётся создать ключ: %1</translation>
    </message>
    <message>
        <source>cannot make the CA certificate: %1</source>
        <translation>не удаётся создать сертификат УЦ: %1</translation>
    </message>
    <message>
        <source>cannot write to %1</source>
        <translation>не удаётся записать в %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable name (letters, digits, - _ .)</source>
        <translation>«%1» — недопустимое имя (буквы, цифры, - _ .)</translation>
    </message>
    <message>
        <source>no site CA in %1: run dicomnet certs init first</source>
        <translation>в %1 нет УЦ учреждения: сначала выполните dicomnet certs init</translation>
    </message>
    <message>
        <source>cannot make the certificate: %1</source>
        <translation>не удаётся создать сертификат: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <source>calling AE title &quot;%1&quot; is not a known peer</source>
        <translation>вызывающий AE title «%1» не является известным узлом</translation>
    </message>
    <message>
        <source>TLS: %1 does not exist (dicomnet certs init makes the site&apos;s certificates)</source>
        <translation>TLS: %1 не существует (dicomnet certs init создаёт сертификаты учреждения)</translation>
    </message>
    <message>
        <source>TLS: cannot read the private key %1</source>
        <translation>TLS: не удаётся прочитать закрытый ключ %1</translation>
    </message>
    <message>
        <source>TLS: cannot read the certificate %1</source>
        <translation>TLS: не удаётся прочитать сертификат %1</translation>
    </message>
    <message>
        <source>TLS: %1 and %2 do not belong together</source>
        <translation>TLS: %1 и %2 не соответствуют друг другу</translation>
    </message>
    <message>
        <source>TLS: cannot read the trusted CA %1</source>
        <translation>TLS: не удаётся прочитать доверенный УЦ %1</translation>
    </message>
    <message>
        <source>Patient ID (wildcards * ?)</source>
        <translation>ID пациента (подстановки * ?)</translation>
    </message>
    <message>
        <source>patient name (wildcards * ?)</source>
        <translation>имя пациента (подстановки * ?)</translation>
    </message>
    <message>
        <source>modality in the study</source>
        <translation>модальность в исследовании</translation>
    </message>
    <message>
        <source>study date or range FROM-TO (YYYYMMDD)</source>
        <translation>дата исследования или диапазон С-ПО (ГГГГММДД)</translation>
    </message>
    <message>
        <source>accession number</source>
        <translation>номер направления</translation>
    </message>
    <message>
        <source>list this study&apos;s series</source>
        <translation>серии этого исследования</translation>
    </message>
    <message>
        <source>list this series&apos; instances (with --study)</source>
        <translation>экземпляры этой серии (вместе с --study)</translation>
    </message>
    <message>
        <source>find needs one PEER</source>
        <translation>find требует один УЗЕЛ</translation>
    </message>
    <message>
        <source>--series needs --study too</source>
        <translation>--series требует также --study</translation>
    </message>
    <message>
        <source>the port the peer sends to (default 11112)</source>
        <translation>порт, на который отправляет узел (по умолчанию 11112)</translation>
    </message>
    <message>
        <source>STUDY (default), SERIES or IMAGE</source>
        <translation>STUDY (по умолчанию), SERIES или IMAGE</translation>
    </message>
    <message>
        <source>retrieve needs a PEER and a UID</source>
        <translation>retrieve требует УЗЕЛ и UID</translation>
    </message>
    <message>
        <source>--level takes STUDY, SERIES or IMAGE</source>
        <translation>--level принимает STUDY, SERIES или IMAGE</translation>
    </message>
    <message>
        <source>note: %1; assuming the workstation receives on it</source>
        <translation>примечание: %1; предполагаю, что на нём принимает рабочая станция</translation>
    </message>
    <message>
        <source>%1 does not answer queries</source>
        <translation>%1 не отвечает на запросы</translation>
    </message>
    <message>
        <source>unknown attribute %1</source>
        <translation>неизвестный атрибут %1</translation>
    </message>
    <message>
        <source>%1 answered the query with status 0x%2</source>
        <translation>%1 ответил на запрос со статусом 0x%2</translation>
    </message>
    <message>
        <source>C-FIND failed: %1</source>
        <translation>C-FIND не удался: %1</translation>
    </message>
    <message>
        <source>%1 does not accept C-MOVE</source>
        <translation>%1 не принимает C-MOVE</translation>
    </message>
    <message>
        <source>C-MOVE failed: %1</source>
        <translation>C-MOVE не удался: %1</translation>
    </message>
    <message>
        <source>%1 does not know where %2 is: add this workstation to its peers</source>
        <translation>%1 не знает, где находится %2: добавьте эту станцию в его узлы</translation>
    </message>
    <message>
        <source>%1 answered the retrieve with status 0x%2</source>
        <translation>%1 ответил на извлечение со статусом 0x%2</translation>
    </message>
    <message>
        <source>a SERIES query needs a Study Instance UID</source>
        <translation>запросу SERIES нужен Study Instance UID</translation>
    </message>
    <message>
        <source>an IMAGE query needs a Series Instance UID</source>
        <translation>запросу IMAGE нужен Series Instance UID</translation>
    </message>
    <message>
        <source>unknown query level &quot;%1&quot;</source>
        <translation>неизвестный уровень запроса «%1»</translation>
    </message>
    <message>
        <source>a retrieve at %1 level needs its unique key</source>
        <translation>извлечению на уровне %1 нужен его уникальный ключ</translation>
    </message>
    <message>
        <source>refused a query from %1: %2</source>
        <translation>отклонён запрос от %1: %2</translation>
    </message>
    <message>
        <source>refused a retrieve from %1: %2</source>
        <translation>отклонено извлечение от %1: %2</translation>
    </message>
    <message>
        <source>move destination &quot;%1&quot; is not a known peer</source>
        <translation>получатель «%1» не является известным узлом</translation>
    </message>
    <message>
        <source>retrieved %1 object(s) from %2 by C-GET in %3 s (%4 failed); %5 new in the cache, %6 already there</source>
        <translation>получено объектов: %1 от %2 через C-GET за %3 с (ошибок %4); новых в кэше %5, уже было %6</translation>
    </message>
    <message>
        <source>%1; asking for a C-MOVE instead</source>
        <translation>%1; запрашиваю C-MOVE вместо этого</translation>
    </message>
    <message>
        <source>retrieved %1 object(s) from %2 by C-MOVE in %3 s (%4 failed); %5 of it now in the cache</source>
        <translation>получено объектов: %1 от %2 через C-MOVE за %3 с (ошибок %4); в кэше теперь %5</translation>
    </message>
    <message>
        <source>%1 does not offer C-GET</source>
        <translation>%1 не поддерживает C-GET</translation>
    </message>
    <message>
        <source>C-GET failed: %1</source>
        <translation>C-GET не удался: %1</translation>
    </message>
    <message>
        <source>use C-MOVE to this workstation, not C-GET (the peer must know us)</source>
        <translation>использовать C-MOVE на эту станцию вместо C-GET (узел должен нас знать)</translation>
    </message>
    <message>
        <source>accept only known peers (AE title; with TLS, their certificate)</source>
        <translation>принимать только известные узлы (AE-титул; с TLS — и их сертификат)</translation>
    </message>
    <message>
        <source>with --tls: the peer&apos;s certificate (PEM); only it is accepted from the peer (default: any from the site CA named after it)</source>
        <translation>с --tls: сертификат узла (PEM); от узла принимается только он (по умолчанию — любой от УЦ учреждения, выданный на его имя)</translation>
    </message>
    <message>
        <source>only the certificate with SHA-256 %1 is accepted from it</source>
        <translation>от него принимается только сертификат с SHA-256 %1</translation>
    </message>
    <message>
        <source>CN %1</source>
        <translation>CN %1</translation>
    </message>
    <message>
        <source>SHA-256 %1…</source>
        <translation>SHA-256 %1…</translation>
    </message>
    <message>
        <source>the study of the series or instance (hierarchical peers need it; asked of the peer when not given)</source>
        <translation>исследование серии или экземпляра (нужно иерархическим узлам; если не указано, запрашивается у узла)</translation>
    </message>
    <message>
        <source>the series of the instance (as --study)</source>
        <translation>серия экземпляра (как --study)</translation>
    </message>
    <message>
        <source>%1 did not say which study this is in; if it needs that, give --study</source>
        <translation>%1 не сообщил, к какому исследованию это относится; если ему это нужно, укажите --study</translation>
    </message>
    <message>
        <source>rejected %1: %2</source>
        <translation>отклонено %1: %2</translation>
    </message>
    <message>
        <source>a certificate fingerprint is 64 hexadecimal digits (SHA-256)</source>
        <translation>отпечаток сертификата — 64 шестнадцатеричные цифры (SHA-256)</translation>
    </message>
    <message>
        <source>a certificate can only be checked over TLS: add --tls</source>
        <translation>сертификат можно проверить только через TLS: добавьте --tls</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>calling AE title &quot;%1&quot; is a known peer&apos;s, but the certificate it presented (CN &quot;%2&quot;, SHA-256 %3) is not that peer&apos;s</source>
        <translation>вызывающий AE-титул «%1» принадлежит известному узлу, но предъявленный сертификат (CN «%2», SHA-256 %3) не его</translation>
    </message>
    <message>
        <source>cannot make a folder in %1: %2</source>
        <translation>не удаётся создать папку в %1: %2</translation>
    </message>
    <message>
        <source>cannot digest the certificate: %1</source>
        <translation>не удаётся вычислить отпечаток сертификата: %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>в %1 нет сертификата PEM</translation>
    </message>
    <message>
        <source>the peer&apos;s certificate cannot be read</source>
        <translation>сертификат узла не читается</translation>
    </message>
    <message>
        <source>cannot store an object from %1: %2</source>
        <translation>не удаётся сохранить объект от %1: %2</translation>
    </message>
    <message>
        <source>C-GET: %1 accepted no context for %2 in %3; %4 not sent</source>
        <translation>C-GET: %1 не принял ни одного контекста для %2 в %3; %4 не отправлен</translation>
    </message>
    <message>
        <source>demo takes no arguments</source>
        <translation>demo не принимает аргументов</translation>
    </message>
    <message>
        <source>cannot make a folder in %1</source>
        <translation>не удаётся создать папку в %1</translation>
    </message>
    <message>
        <source>making the demo patient…</source>
        <translation>создаётся демонстрационный пациент…</translation>
    </message>
    <message>
        <source>demo patient Demo^Pacient (DEMO-0001): %1 objects added, %2 already there — four chest X-rays a few days apart and a chest CT</source>
        <translation>демонстрационный пациент Demo^Pacient (DEMO-0001): добавлено объектов: %1, уже были: %2 — четыре рентгенограммы грудной клетки с интервалом в несколько дней и КТ грудной клетки</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a file nor a UID in the cache</source>
        <translation>«%1» — не файл и не UID в кэше</translation>
    </message>
    <message>
        <source>nothing under %1 is an image</source>
        <translation>в %1 нет изображений</translation>
    </message>
    <message>
        <source>frame number, from 1 (default 1)</source>
        <translation>номер кадра, с 1 (по умолчанию 1)</translation>
    </message>
    <message>
        <source>window center and width (default: the file&apos;s first window)</source>
        <translation>центр и ширина окна (по умолчанию первое окно файла)</translation>
    </message>
    <message>
        <source>--frame takes a number from 1</source>
        <translation>--frame принимает число от 1</translation>
    </message>
    <message>
        <source>--window takes CENTER,WIDTH with a width of at least 1</source>
        <translation>--window принимает ЦЕНТР,ШИРИНА с шириной не меньше 1</translation>
    </message>
    <message>
        <source>%1×%2, frame %3 of %4 → %5</source>
        <translation>%1×%2, кадр %3 из %4 → %5</translation>
    </message>
    <message>
        <source>first image %1 ms, all loaded %2 ms, screenshot %3 (decoding: first %4 ms, all %5 ms)</source>
        <translation>первое изображение %1 мс, всё загружено %2 мс, снимок экрана %3 (декодирование: первое %4 мс, все %5 мс)</translation>
    </message>
    <message>
        <source>the viewer did not finish loading within two minutes</source>
        <translation>просмотрщик не закончил загрузку за две минуты</translation>
    </message>
    <message>
        <source>%1 is not in the cache</source>
        <translation>%1 нет в кэше</translation>
    </message>
    <message>
        <source>the study %1 holds no images</source>
        <translation>в исследовании %1 нет изображений</translation>
    </message>
    <message>
        <source>no pixel data</source>
        <translation>нет пиксельных данных</translation>
    </message>
    <message>
        <source>the pixel data are truncated: %1 of %2 bytes</source>
        <translation>пиксельные данные обрезаны: %1 из %2 байт</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 не читается: %2</translation>
    </message>
    <message>
        <source>%1 holds no image (no pixel data)</source>
        <translation>в %1 нет изображения (нет пиксельных данных)</translation>
    </message>
    <message>
        <source>the pixel data in %1 cannot be decoded: %2</source>
        <translation>пиксельные данные в %1 не декодируются: %2</translation>
    </message>
    <message>
        <source>the image cannot be shown: %1</source>
        <translation>изображение не может быть показано: %1</translation>
    </message>
    <message>
        <source>there is no frame %1 (the image has %2)</source>
        <translation>кадра %1 нет (в изображении %2)</translation>
    </message>
    <message>
        <source>that VOI transformation does not apply to this image</source>
        <translation>это VOI-преобразование неприменимо к изображению</translation>
    </message>
    <message>
        <source>frame %1 cannot be rendered</source>
        <translation>кадр %1 не удаётся отрисовать</translation>
    </message>
    <message>
        <source>the pixel values of frame %1 are missing</source>
        <translation>нет значений пикселей кадра %1</translation>
    </message>
    <message>
        <source>the pixel data cannot be read: %1</source>
        <translation>пиксельные данные не читаются: %1</translation>
    </message>
    <message>
        <source>OpenJPEG cannot set up a decoder</source>
        <translation>OpenJPEG не может подготовить декодер</translation>
    </message>
    <message>
        <source>JPEG 2000: the code stream header cannot be read</source>
        <translation>JPEG 2000: заголовок кодового потока не читается</translation>
    </message>
    <message>
        <source>JPEG 2000: the code stream cannot be decoded (damaged?)</source>
        <translation>JPEG 2000: кодовый поток не декодируется (повреждён?)</translation>
    </message>
    <message>
        <source>JPEG 2000: no components</source>
        <translation>JPEG 2000: нет компонентов</translation>
    </message>
    <message>
        <source>JPEG 2000: frame %1 cannot be found</source>
        <translation>JPEG 2000: кадр %1 не найден</translation>
    </message>
    <message>
        <source>JPEG 2000: a fragment of frame %1 is unreadable</source>
        <translation>JPEG 2000: фрагмент кадра %1 не читается</translation>
    </message>
    <message>
        <source>JPEG 2000: frame %1 is empty</source>
        <translation>JPEG 2000: кадр %1 пуст</translation>
    </message>
    <message>
        <source>JPEG 2000: the pixel data are not encapsulated</source>
        <translation>JPEG 2000: пиксельные данные не инкапсулированы</translation>
    </message>
    <message>
        <source>JPEG 2000: unsupported image (%1×%2, %3 bits, %4 samples)</source>
        <translation>JPEG 2000: неподдерживаемое изображение (%1×%2, %3 бит, %4 отсчётов)</translation>
    </message>
    <message>
        <source>JPEG 2000: %1 components where %2 samples were announced</source>
        <translation>JPEG 2000: %1 компонентов, а заявлено %2 отсчётов</translation>
    </message>
    <message>
        <source>JPEG 2000: component size %1×%2 is not the image&apos;s</source>
        <translation>JPEG 2000: размер компонента %1×%2 не совпадает с размером изображения</translation>
    </message>
    <message>
        <source>JPEG 2000: cannot keep the decoded pixels: %1</source>
        <translation>JPEG 2000: не удаётся сохранить декодированные пиксели: %1</translation>
    </message>
    <message>
        <source>px</source>
        <translation>пикс.</translation>
    </message>
    <message>
        <source>mm at the detector</source>
        <translation>мм на детекторе</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <source> HU</source>
        <translation> HU</translation>
    </message>
    <message>
        <source>mean %1 SD %2%3 (min %4, max %5)</source>
        <translation>среднее %1 СО %2%3 (мин %4, макс %5)</translation>
    </message>
    <message>
        <source>, %1 mm²</source>
        <translation>, %1 мм²</translation>
    </message>
    <message>
        <source>this series is not a volume: no multiplanar view</source>
        <translation>эта серия не объём: многоплоскостной реконструкции не будет</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the PNG file of the changes</source>
        <translation>PNG-файл изменений</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>вывести JSON</translation>
    </message>
    <message>
        <source>align again, even if kept</source>
        <translation>совместить заново, даже если результат сохранён</translation>
    </message>
    <message>
        <source>prior → current: rotation %1° (positive: clockwise), shift %2, %3 pixels, scale %4</source>
        <translation>предыдущий → текущий: поворот %1° (положительный: по часовой стрелке), сдвиг %2, %3 пикселей, масштаб %4</translation>
    </message>
    <message>
        <source>aligned earlier in %1 s (kept with the pair; --again to redo)</source>
        <translation>совмещено ранее за %1 с (сохранено с парой; --again, чтобы повторить)</translation>
    </message>
    <message>
        <source>aligned in %1 s</source>
        <translation>совмещено за %1 с</translation>
    </message>
    <message>
        <source>%1: %2 % denser, %3 % clearer than before</source>
        <translation>%1: %2 % плотнее, %3 % светлее, чем раньше</translation>
    </message>
    <message>
        <source> · born %1</source>
        <translation> · род. %1</translation>
    </message>
    <message>
        <source>CONSULTATION</source>
        <translation>КОНСУЛЬТАЦИЯ</translation>
    </message>
    <message>
        <source>no study of patient %1 in the cache</source>
        <translation>в кэше нет исследований пациента %1</translation>
    </message>
    <message>
        <source>series %1 is not in the cache</source>
        <translation>серии %1 нет в кэше</translation>
    </message>
    <message>
        <source>no hanging protocol fits this series</source>
        <translation>ни один протокол раскладки не подходит к этой серии</translation>
    </message>
    <message>
        <source>the patient has no earlier study to compare this one with</source>
        <translation>у пациента нет более раннего исследования для сравнения</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>неверный JSON в символе %1: %2</translation>
    </message>
    <message>
        <source>no &quot;protocols&quot; list</source>
        <translation>нет списка «protocols»</translation>
    </message>
    <message>
        <source>protocol %1 has no name</source>
        <translation>у протокола %1 нет имени</translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot;: layout must be ROWSxCOLUMNS, 1 to 4 each</source>
        <translation>протокол «%1»: раскладка должна быть СТРОКИxСТОЛБЦЫ, от 1 до 4</translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot;: %2 priors do not fit a %3×%4 layout</source>
        <translation>протокол «%1»: %2 предыдущих не помещаются в раскладку %3×%4</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>не удаётся прочитать %1</translation>
    </message>
    <message>
        <source>%1 does not offer C-GET: retrieve it with Network → Query and retrieve… (C-MOVE to this workstation&apos;s listener)</source>
        <translation>%1 не поддерживает C-GET: получите его через Сеть → Поиск и получение… (C-MOVE на приёмник этой станции)</translation>
    </message>
    <message>
        <source>%1 of %2 objects could not be fetched</source>
        <translation>не удалось получить %1 из %2 объектов</translation>
    </message>
    <message>
        <source>%1 object(s) fetched from %2</source>
        <translation>получено объектов: %1 от %2</translation>
    </message>
    <message>
        <source>study %1 is not in the cache</source>
        <translation>исследования %1 нет в кэше</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>изображение пустое</translation>
    </message>
    <message>
        <source>only grey images can be aligned; this one is in colour</source>
        <translation>совмещать можно только полутоновые изображения; это цветное</translation>
    </message>
    <message>
        <source>the images are too small to be aligned</source>
        <translation>изображения слишком малы для совмещения</translation>
    </message>
    <message>
        <source>the images could not be aligned: %1</source>
        <translation>не удалось совместить изображения: %1</translation>
    </message>
    <message>
        <source>alignment cancelled</source>
        <translation>совмещение отменено</translation>
    </message>
    <message>
        <source>the series are not volumes</source>
        <translation>серии не являются объёмами</translation>
    </message>
    <message>
        <source>the volumes could not be aligned: %1</source>
        <translation>не удалось совместить объёмы: %1</translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot;: three planes a study need a layout of %2x3</source>
        <translation>протокол «%1»: три плоскости на исследование требуют раскладки %2x3</translation>
    </message>
    <message>
        <source>the findings</source>
        <translation>описание находок</translation>
    </message>
    <message>
        <source>who writes it</source>
        <translation>кто пишет</translation>
    </message>
    <message>
        <source>the author&apos;s organisation</source>
        <translation>учреждение автора</translation>
    </message>
    <message>
        <source>--field takes KEY=VALUE</source>
        <translation>--field принимает КЛЮЧ=ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>cannot write in %1</source>
        <translation>не удаётся записать в %1</translation>
    </message>
    <message>
        <source>consult list [STUDY_UID] [--json]</source>
        <translation>consult list [STUDY_UID] [--json]</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>АВТОР</translation>
    </message>
    <message>
        <source>consult show UID_OR_FILE</source>
        <translation>consult show UID_OR_FILE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a file nor an instance UID in the cache</source>
        <translation>«%1» — не файл и не UID экземпляра в кэше</translation>
    </message>
    <message>
        <source>the consultation cannot be written (%1): %2</source>
        <translation>не удаётся записать консультацию (%1): %2</translation>
    </message>
    <message>
        <source>a consultation needs an author</source>
        <translation>у консультации должен быть автор</translation>
    </message>
    <message>
        <source>the consultation is empty: write findings, an impression or a recommendation</source>
        <translation>консультация пуста: напишите находки, заключение или рекомендацию</translation>
    </message>
    <message>
        <source>the patient&apos;s data in %1 cannot be converted to UTF-8</source>
        <translation>данные пациента в %1 не удаётся перевести в UTF-8</translation>
    </message>
    <message>
        <source>%1 has no Study Instance UID</source>
        <translation>в %1 нет Study Instance UID</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>%1 is not a structured report dicomnet can read</source>
        <translation>%1 — не структурированный отчёт, который dicomnet может прочитать</translation>
    </message>
    <message>
        <source>no template &quot;%1&quot;; the templates are: %2</source>
        <translation>нет шаблона «%1»; шаблоны: %2</translation>
    </message>
    <message>
        <source>%1 (%2) is a whole number from %3 to %4, not &quot;%5&quot;</source>
        <translation>%1 (%2) — целое число от %3 до %4, а не «%5»</translation>
    </message>
    <message>
        <source>the template %1 has no score &quot;%2&quot;%3</source>
        <translation>в шаблоне %1 нет оценки «%2»%3</translation>
    </message>
    <message>
        <source>; it has %1</source>
        <translation>; есть %1</translation>
    </message>
    <message>
        <source>findings=, impression=, recommendation= or a template&apos;s score</source>
        <translation>findings=, impression=, recommendation= или оценка шаблона</translation>
    </message>
    <message>
        <source>an image of the study to reference (SOP Instance UID)</source>
        <translation>изображение исследования для ссылки (SOP Instance UID)</translation>
    </message>
    <message>
        <source>%1 is not an image of study %2</source>
        <translation>%1 не является изображением исследования %2</translation>
    </message>
    <message>
        <source>what to answer, with the context</source>
        <translation>на что ответить, с контекстом</translation>
    </message>
    <message>
        <source>routine, urgent or emergency</source>
        <translation>routine, urgent или emergency</translation>
    </message>
    <message>
        <source>a person or a peer (default: anyone)</source>
        <translation>человек или узел (по умолчанию: любой)</translation>
    </message>
    <message>
        <source>who asks</source>
        <translation>кто запрашивает</translation>
    </message>
    <message>
        <source>the asker&apos;s organisation</source>
        <translation>организация запрашивающего</translation>
    </message>
    <message>
        <source>consult request STUDY_UID --question TEXT [--urgency routine|urgent|emergency] [--for NAME] --author NAME [--organisation ORG]</source>
        <translation>consult request STUDY_UID --question ТЕКСТ [--urgency routine|urgent|emergency] [--for ИМЯ] --author ИМЯ [--organisation ОРГ]</translation>
    </message>
    <message>
        <source>--urgency is routine, urgent or emergency</source>
        <translation>--urgency: routine, urgent или emergency</translation>
    </message>
    <message>
        <source>consult amend UID [--text TEXT] [--field KEY=VALUE ...] [--author NAME]</source>
        <translation>consult amend UID [--text ТЕКСТ] [--field КЛЮЧ=ЗНАЧЕНИЕ ...] [--author ИМЯ]</translation>
    </message>
    <message>
        <source>only a signed (final) consultation is amended; %1 is %2</source>
        <translation>исправлять можно только подписанную (окончательную) консультацию; %1 — %2</translation>
    </message>
    <message>
        <source>the author&apos;s X.509 certificate (PEM)</source>
        <translation>сертификат X.509 автора (PEM)</translation>
    </message>
    <message>
        <source>the author&apos;s private key (PEM)</source>
        <translation>закрытый ключ автора (PEM)</translation>
    </message>
    <message>
        <source>consult sign UID --cert FILE --key FILE</source>
        <translation>consult sign UID --cert ФАЙЛ --key ФАЙЛ</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <source>TITLE OR QUESTION</source>
        <translation>НАЗВАНИЕ ИЛИ ВОПРОС</translation>
    </message>
    <message>
        <source>your name, or this node&apos;s AE title</source>
        <translation>ваше имя или AE-заголовок этого узла</translation>
    </message>
    <message>
        <source>consult waiting --me NAME [--json]</source>
        <translation>consult waiting --me ИМЯ [--json]</translation>
    </message>
    <message>
        <source>URGENCY</source>
        <translation>СРОЧНОСТЬ</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>ОТ</translation>
    </message>
    <message>
        <source>QUESTION OR TITLE</source>
        <translation>ВОПРОС ИЛИ НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>Encapsulated PDF: &quot;%1&quot;, %2 bytes
Patient: %3 (%4)
Date: %5
`dicomnet export %6 --out DIR` writes it out as a PDF file.</source>
        <translation>Инкапсулированный PDF: «%1», %2 байт
Пациент: %3 (%4)
Дата: %5
`dicomnet export %6 --out DIR` записывает его как PDF-файл.</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Подпись: %1</translation>
    </message>
    <message>
        <source>trusted CA certificates (PEM); the site CA by default</source>
        <translation>сертификаты доверенных УЦ (PEM); по умолчанию УЦ учреждения</translation>
    </message>
    <message>
        <source>consult verify UID_OR_FILE [--ca FILE]</source>
        <translation>consult verify UID_ИЛИ_ФАЙЛ [--ca ФАЙЛ]</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>PDF-файл для записи</translation>
    </message>
    <message>
        <source>consult export UID_OR_FILE --pdf FILE</source>
        <translation>consult export UID_ИЛИ_ФАЙЛ --pdf ФАЙЛ</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>записан %1</translation>
    </message>
    <message>
        <source>consult request|new|amend|sign|list|waiting|show|verify|export ...</source>
        <translation>consult request|new|amend|sign|list|waiting|show|verify|export ...</translation>
    </message>
    <message>
        <source>the folder to write to</source>
        <translation>папка для записи</translation>
    </message>
    <message>
        <source>export UID... --out DIR [--json]</source>
        <translation>export UID... --out DIR [--json]</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n file(s) to %1</source>
        <translation>
            <numerusform>записан %n файл в %1</numerusform>
            <numerusform>записано %n файла в %1</numerusform>
            <numerusform>записано %n файлов в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>certs person &quot;FULL NAME&quot; [--out DIR]</source>
        <translation>certs person &quot;ПОЛНОЕ ИМЯ&quot; [--out DIR]</translation>
    </message>
    <message>
        <source>Passphrase for the new key: </source>
        <translation>Пароль для нового ключа: </translation>
    </message>
    <message>
        <source>signing certificate for %1: %2 and %3 (the key is encrypted with the passphrase; it is not kept anywhere)</source>
        <translation>сертификат подписи для %1: %2 и %3 (ключ зашифрован паролем; пароль нигде не хранится)</translation>
    </message>
    <message>
        <source>certs needs init, issue or person</source>
        <translation>certs требует init, issue или person</translation>
    </message>
    <message>
        <source>the cache cannot be read</source>
        <translation>кэш не читается</translation>
    </message>
    <message>
        <source>%1 is not an instance in the cache</source>
        <translation>%1 — не экземпляр из кэша</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>срочно</translation>
    </message>
    <message>
        <source>EMERGENCY</source>
        <translation>ЭКСТРЕННО</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>планово</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>запрошена</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>отвечена</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписана</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>исправлена</translation>
    </message>
    <message>
        <source>final</source>
        <translation>окончательная</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>заменена</translation>
    </message>
    <message>
        <source>report from elsewhere</source>
        <translation>заключение из другого места</translation>
    </message>
    <message>
        <source>Encapsulated PDF &quot;%1&quot; (%2 bytes)
Patient: %3 (%4)
Date: %5</source>
        <translation>Инкапсулированный PDF «%1» (%2 байт)
Пациент: %3 (%4)
Дата: %5</translation>
    </message>
    <message>
        <source>Key image %1 is not in the cache</source>
        <translation>Ключевого изображения %1 нет в кэше</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key *.crt);;All files (*)</source>
        <translation>Файлы PEM (*.pem *.key *.crt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 holds no encapsulated document</source>
        <translation>%1 не содержит инкапсулированного документа</translation>
    </message>
    <message>
        <source>Final (completed and verified)</source>
        <translation>Окончательная (завершена и проверена)</translation>
    </message>
    <message>
        <source>DRAFT — not verified, not signed</source>
        <translation>ЧЕРНОВИК — не проверен, не подписан</translation>
    </message>
    <message>
        <source>Radiology consultation</source>
        <translation>Рентгенологическая консультация</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID пациента</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Исследование</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Дата исследования</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Номер направления</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Написана</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>не подписана</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Key images</source>
        <translation>Ключевые изображения</translation>
    </message>
    <message>
        <source>Verified by %1 (%2) on %3</source>
        <translation>Проверена: %1 (%2), %3</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Документ %1</translation>
    </message>
    <message>
        <source>a request needs a question</source>
        <translation>запросу нужен вопрос</translation>
    </message>
    <message>
        <source>Consultation request</source>
        <translation>Запрос консультации</translation>
    </message>
    <message>
        <source>the certificate %1 cannot be read (PEM expected)</source>
        <translation>сертификат %1 не читается (ожидается PEM)</translation>
    </message>
    <message>
        <source>the private key %1 cannot be opened: wrong passphrase</source>
        <translation>закрытый ключ %1 не открывается: неверный пароль</translation>
    </message>
    <message>
        <source>the private key %1 cannot be read (PEM expected)</source>
        <translation>закрытый ключ %1 не читается (ожидается PEM)</translation>
    </message>
    <message>
        <source>the private key %1 does not belong to the certificate %2</source>
        <translation>закрытый ключ %1 не соответствует сертификату %2</translation>
    </message>
    <message>
        <source>the certificate %1 names no person (no common name)</source>
        <translation>сертификат %1 не называет человека (нет common name)</translation>
    </message>
    <message>
        <source>this consultation is final already; amend it to change it</source>
        <translation>эта консультация уже окончательная; чтобы изменить, исправьте её</translation>
    </message>
    <message>
        <source>unknown organisation</source>
        <translation>неизвестная организация</translation>
    </message>
    <message>
        <source>the consultation cannot be signed: %1</source>
        <translation>консультацию нельзя подписать: %1</translation>
    </message>
    <message>
        <source>signature %1 cannot be read</source>
        <translation>подпись %1 не читается</translation>
    </message>
    <message>
        <source>the certificate was not valid when it signed</source>
        <translation>сертификат был недействителен в момент подписи</translation>
    </message>
    <message>
        <source>the document was changed after it was signed</source>
        <translation>документ изменён после подписания</translation>
    </message>
    <message>
        <source>the signature carries no certificate</source>
        <translation>подпись не содержит сертификата</translation>
    </message>
    <message>
        <source>no trusted CA is configured (%1 is missing)</source>
        <translation>доверенный УЦ не настроен (нет %1)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not from a trusted CA (%1)</source>
        <translation>сертификат подписавшего выдан не доверенным УЦ (%1)</translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translation>неизвестный подписант</translation>
    </message>
    <message>
        <source>signed by %1 on %2: valid</source>
        <translation>подписано: %1, %2: действительна</translation>
    </message>
    <message>
        <source>signed by %1 on %2: INVALID, %3</source>
        <translation>подписано: %1, %2: НЕДЕЙСТВИТЕЛЬНА, %3</translation>
    </message>
    <message>
        <source>signed by %1 on %2: signer NOT TRUSTED, %3</source>
        <translation>подписано: %1, %2: подписанту НЕТ ДОВЕРИЯ, %3</translation>
    </message>
    <message>
        <source>Region of interest</source>
        <translation>Область интереса</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 не записывается: %2</translation>
    </message>
    <message>
        <source>a document needs an author</source>
        <translation>документу нужен автор</translation>
    </message>
    <message>
        <source>%1 is not a consultation written by dicomnet</source>
        <translation>%1 — не консультация, написанная dicomnet</translation>
    </message>
    <message>
        <source>
Replaces (predecessor documents):
  %1
</source>
        <translation>
Заменяет (предшествующие документы):
  %1
</translation>
    </message>
    <message>
        <source>
Pertinent other evidence (e.g. the request it answers):
  %1
</source>
        <translation>
Другие относящиеся документы (например, запрос, на который отвечает):
  %1
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable person&apos;s name</source>
        <translation>«%1» не подходит как имя человека</translation>
    </message>
    <message>
        <source>a signing key needs a passphrase of 8 characters or more</source>
        <translation>ключу подписи нужен пароль не короче 8 символов</translation>
    </message>
    <message>
        <source>request</source>
        <translation>запрос</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>консультация</translation>
    </message>
    <message>
        <source>report</source>
        <translation>заключение</translation>
    </message>
    <message>
        <source>keep device identity (station name, serial numbers)</source>
        <translation>сохранить данные аппарата (имя станции, серийные номера)</translation>
    </message>
    <message>
        <source>keep study and series descriptions and the protocol name</source>
        <translation>сохранить описания исследования и серий и имя протокола</translation>
    </message>
    <message>
        <source>empty the dates instead of shifting them per patient</source>
        <translation>очистить даты вместо сдвига для каждого пациента</translation>
    </message>
    <message>
        <source>anonymize UID_OR_FILE... --out DIR [--keep-device] [--keep-descriptors] [--remove-dates] [--json]</source>
        <translation>anonymize UID_ИЛИ_ФАЙЛ... --out DIR [--keep-device] [--keep-descriptors] [--remove-dates] [--json]</translation>
    </message>
    <message>
        <source>wrote %1 de-identified object(s) to %2; held back %3</source>
        <translation>записано обезличенных объектов: %1 в %2; задержано %3</translation>
    </message>
    <message>
        <source>a DICOMweb portal at this base URL (instead of --aet/--host/--port)</source>
        <translation>портал DICOMweb по этому базовому URL (вместо --aet/--host/--port)</translation>
    </message>
    <message>
        <source>the portal&apos;s user (basic authentication)</source>
        <translation>пользователь портала (basic-аутентификация)</translation>
    </message>
    <message>
        <source>a file holding the portal&apos;s password</source>
        <translation>файл с паролем портала</translation>
    </message>
    <message>
        <source>a file holding a bearer token</source>
        <translation>файл с bearer-токеном</translation>
    </message>
    <message>
        <source>the CA the portal&apos;s HTTPS certificate must chain to (PEM)</source>
        <translation>УЦ, к которому должен восходить HTTPS-сертификат портала (PEM)</translation>
    </message>
    <message>
        <source>outside the institution: send only de-identified copies</source>
        <translation>вне учреждения: отправлять только обезличенные копии</translation>
    </message>
    <message>
        <source>peers add NAME --dicomweb URL [--user U --password-file F | --token-file F] [--ca F] [--external]</source>
        <translation>peers add ИМЯ --dicomweb URL [--user U --password-file F | --token-file F] [--ca F] [--external]</translation>
    </message>
    <message>
        <source>added portal %1: %2</source>
        <translation>добавлен портал %1: %2</translation>
    </message>
    <message>
        <source>, external: de-identified copies only</source>
        <translation>, внешний: только обезличенные копии</translation>
    </message>
    <message>
        <source>peers add NAME --aet AE --host HOST --port N [--tls [--certificate FILE]] [--external]</source>
        <translation>peers add ИМЯ --aet AE --host ХОСТ --port N [--tls [--certificate ФАЙЛ]] [--external]</translation>
    </message>
    <message>
        <source>DICOMweb</source>
        <translation>DICOMweb</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>external</source>
        <translation>внешний</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>ОБЛАСТЬ</translation>
    </message>
    <message>
        <source>%1 answered a DICOMweb query in %2 ms</source>
        <translation>%1 ответил на запрос DICOMweb за %2 мс</translation>
    </message>
    <message>
        <source>job %1 → %2: %3; sent %4, already there %5, failed %6 of %7</source>
        <translation>задание %1 → %2: %3; отправлено %4, уже там %5, ошибок %6 из %7</translation>
    </message>
    <message>
        <source>; check: %1</source>
        <translation>; проверка: %1</translation>
    </message>
    <message>
        <source>; %1</source>
        <translation>; %1</translation>
    </message>
    <message>
        <source>; next attempt in %1 s</source>
        <translation>; следующая попытка через %1 с</translation>
    </message>
    <message>
        <source>print the job as JSON</source>
        <translation>вывести задание в JSON</translation>
    </message>
    <message>
        <source>send even what the peer has acknowledged before</source>
        <translation>отправить и то, что узел уже подтвердил</translation>
    </message>
    <message>
        <source>only queue the job (dicomnet sync, or the window, runs it)</source>
        <translation>только поставить в очередь (выполнит dicomnet sync или окно)</translation>
    </message>
    <message>
        <source>how long to keep trying an unreachable peer (default 60 s)</source>
        <translation>сколько повторять попытки для недоступного узла (по умолчанию 60 с)</translation>
    </message>
    <message>
        <source>%1: trying again in %2 s</source>
        <translation>%1: повтор через %2 с</translation>
    </message>
    <message>
        <source>job %1 stays queued: dicomnet sync (or the window) finishes it</source>
        <translation>задание %1 остаётся в очереди: его завершит dicomnet sync (или окно)</translation>
    </message>
    <message>
        <source>jobs [--json] | jobs show|retry|cancel ID</source>
        <translation>jobs [--json] | jobs show|retry|cancel ID</translation>
    </message>
    <message>
        <source>no job %1</source>
        <translation>нет задания %1</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>ПРОБЛЕМА</translation>
    </message>
    <message>
        <source>stop when no job is left to run (or all wait on unreachable peers longer than --wait)</source>
        <translation>остановиться, когда нечего выполнять (или все ждут недоступные узлы дольше --wait)</translation>
    </message>
    <message>
        <source>with --once: how long to wait for a retry (default 60 s)</source>
        <translation>с --once: сколько ждать повтора (по умолчанию 60 с)</translation>
    </message>
    <message>
        <source>no job waits</source>
        <translation>нет ожидающих заданий</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>retry at %1</source>
        <translation>повтор в %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>job %1 is not running or waiting</source>
        <translation>задание %1 не выполняется и не ожидает</translation>
    </message>
    <message>
        <source>no job %1 to retry</source>
        <translation>нет задания %1 для повтора</translation>
    </message>
    <message>
        <source>a DICOMweb URL starts with https:// (or http://)</source>
        <translation>URL DICOMweb начинается с https:// (или http://)</translation>
    </message>
    <message>
        <source>--password-file goes with --user</source>
        <translation>--password-file указывается вместе с --user</translation>
    </message>
    <message>
        <source>either --user with --password-file, or --token-file</source>
        <translation>либо --user с --password-file, либо --token-file</translation>
    </message>
    <message>
        <source>%1 may have the patient&apos;s name burned into its pixels (Burned In Annotation %2): held back, not de-identified</source>
        <translation>в пикселях %1 может быть имя пациента (Burned In Annotation %2): задержан, не обезличен</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2)</source>
        <translation>%1 отклонил учётные данные (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 ответил HTTP %2</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>нет связи с %1: %2</translation>
    </message>
    <message>
        <source>refused (reason %1)</source>
        <translation>отклонён (причина %1)</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>не подтверждён</translation>
    </message>
    <message>
        <source>another dicomnet (process %1) is running the jobs; they are queued for it</source>
        <translation>задания выполняет другой dicomnet (процесс %1); они в очереди для него</translation>
    </message>
    <message>
        <source>the credentials of %1 cannot be read from %2</source>
        <translation>учётные данные %1 не читаются из %2</translation>
    </message>
    <message>
        <source>%1 needs TLS: run dicomnet certs init first</source>
        <translation>%1 требует TLS: сначала выполните dicomnet certs init</translation>
    </message>
    <message>
        <source>no longer in the cache</source>
        <translation>больше нет в кэше</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <source>the peer is busy</source>
        <translation>узел занят</translation>
    </message>
    <message>
        <source>not verifiable: %1 does not answer C-FIND</source>
        <translation>не проверить: %1 не отвечает на C-FIND</translation>
    </message>
    <message>
        <source>sent, but the check failed: %1</source>
        <translation>отправлено, но проверка не удалась: %1</translation>
    </message>
    <message>
        <source>not verifiable: %1</source>
        <translation>не проверить: %1</translation>
    </message>
    <message>
        <source>incomplete: %1 of %2 objects missing on %3</source>
        <translation>неполно: на %3 нет %1 из %2 объектов</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) refused</source>
        <translation>
            <numerusform>%n объект отклонён</numerusform>
            <numerusform>%n объекта отклонены</numerusform>
            <numerusform>%n объектов отклонено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>queued %n send job(s) by the forwarding rules</source>
        <translation>
            <numerusform>по правилам пересылки поставлено в очередь %n задание</numerusform>
            <numerusform>по правилам пересылки поставлено в очередь %n задания</numerusform>
            <numerusform>по правилам пересылки поставлено в очередь %n заданий</numerusform>
        </translation>
    </message>
    <message>
        <source>the sender&apos;s AE title</source>
        <translation>AE-заголовок отправителя</translation>
    </message>
    <message>
        <source>a modality, e.g. CR</source>
        <translation>модальность, например CR</translation>
    </message>
    <message>
        <source>the peer or portal to forward to</source>
        <translation>узел или портал, куда пересылать</translation>
    </message>
    <message>
        <source>rules add [--from-ae AE] [--modality MOD] --to PEER | rules list [--json] | rules remove ID</source>
        <translation>rules add [--from-ae AE] [--modality MOD] --to УЗЕЛ | rules list [--json] | rules remove ID</translation>
    </message>
    <message>
        <source>rule %1: what arrives from %2 (%3) goes to %4</source>
        <translation>правило %1: поступающее от %2 (%3) уходит на %4</translation>
    </message>
    <message>
        <source>any modality</source>
        <translation>любая модальность</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>ПРАВИЛО</translation>
    </message>
    <message>
        <source>FROM AE</source>
        <translation>ОТ AE</translation>
    </message>
    <message>
        <source>MODALITY</source>
        <translation>МОДАЛЬНОСТЬ</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>КУДА</translation>
    </message>
    <message>
        <source>a rule needs a destination</source>
        <translation>правилу нужен адресат</translation>
    </message>
    <message>
        <source>no rule %1</source>
        <translation>нет правила %1</translation>
    </message>
    <message>
        <source>a slow link: send uncompressed images JPEG-LS lossless</source>
        <translation>медленный канал: отправлять несжатые изображения в JPEG-LS без потерь</translation>
    </message>
    <message>
        <source>; compression saved %1</source>
        <translation>; сжатие сэкономило %1</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 не записывается</translation>
    </message>
    <message numerus="yes">
        <source>fetched %n object(s) from the portals</source>
        <translation>
            <numerusform>с порталов получен %n объект</numerusform>
            <numerusform>с порталов получено %n объекта</numerusform>
            <numerusform>с порталов получено %n объектов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 presented a certificate for another host name (%2)</source>
        <translation>%1 предъявил сертификат для другого имени хоста (%2)</translation>
    </message>
    <message>
        <source>%1 presented a certificate outside its validity (%2)</source>
        <translation>%1 предъявил сертификат вне срока действия (%2)</translation>
    </message>
    <message>
        <source>%1 presented a certificate from a CA not trusted here (%2); give the portal&apos;s CA with `peers add … --ca FILE`</source>
        <translation>%1 предъявил сертификат от удостоверяющего центра, которому здесь не доверяют (%2); укажите центр портала: `peers add … --ca ФАЙЛ`</translation>
    </message>
    <message>
        <source>%1: the certificate was refused (%2)</source>
        <translation>%1: сертификат отклонён (%2)</translation>
    </message>
    <message>
        <source>job %1 ← %2: %3; fetched %4, already here %5, failed %6 of %7</source>
        <translation>задание %1 ← %2: %3; получено %4, уже здесь %5, ошибок %6 из %7</translation>
    </message>
    <message>
        <source>fetch from %1: %2</source>
        <translation>получение с %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a DICOMweb portal</source>
        <translation>%1 не является порталом DICOMweb</translation>
    </message>
    <message>
        <source>not in the portal&apos;s answer</source>
        <translation>отсутствует в ответе портала</translation>
    </message>
    <message numerus="yes">
        <source>incomplete: %n object(s) not fetched</source>
        <translation>
            <numerusform>неполно: не получен %n объект</numerusform>
            <numerusform>неполно: не получено %n объекта</numerusform>
            <numerusform>неполно: не получено %n объектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be fetched</source>
        <translation>
            <numerusform>не удалось получить %n объект</numerusform>
            <numerusform>не удалось получить %n объекта</numerusform>
            <numerusform>не удалось получить %n объектов</numerusform>
        </translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>отправлено: %1</translation>
    </message>
    <message>
        <source>sent to %1, waiting for the answer</source>
        <translation>отправлено: %1, ожидается ответ</translation>
    </message>
    <message>
        <source>sending to %1 failed</source>
        <translation>отправка на %1 не удалась</translation>
    </message>
    <message>
        <source>sending to %1 (retrying)</source>
        <translation>отправка на %1 (повтор)</translation>
    </message>
    <message>
        <source>sending to %1</source>
        <translation>отправка на %1</translation>
    </message>
    <message>
        <source>a portal needs --study for that</source>
        <translation>для портала нужен --study</translation>
    </message>
    <message>
        <source>a portal needs --series too</source>
        <translation>для портала нужен и --series</translation>
    </message>
    <message>
        <source>all of it is in the cache already (or on its way in)</source>
        <translation>всё уже в кэше (или в пути)</translation>
    </message>
    <message>
        <source>queued as job %1: %2</source>
        <translation>поставлено в очередь как задание %1: %2</translation>
    </message>
    <message>
        <source>retrieved %1 object(s) from %2 by WADO-RS in %3 s (%4 failed); job %5: %6</source>
        <translation>получено %1 объект(ов) с %2 по WADO-RS за %3 с (ошибок: %4); задание %5: %6</translation>
    </message>
    <message>
        <source>a query of series needs the study</source>
        <translation>для запроса серий нужно исследование</translation>
    </message>
    <message>
        <source>a query of instances needs the series</source>
        <translation>для запроса экземпляров нужна серия</translation>
    </message>
    <message>
        <source>%1 holds nothing of %2</source>
        <translation>на %1 нет ничего из %2</translation>
    </message>
    <message>
        <source>%1 does not answer C-FIND</source>
        <translation>%1 не отвечает на C-FIND</translation>
    </message>
    <message>
        <source>rejected: sequences nested deeper than %1</source>
        <translation>отклонён: последовательности вложены глубже %1 уровней</translation>
    </message>
    <message>
        <source>rejected: more than %1 elements</source>
        <translation>отклонён: более %1 элементов</translation>
    </message>
    <message>
        <source>truncated or lying length: element %1 claims %2 bytes, only %3 follow</source>
        <translation>обрезан или ложная длина: элемент %1 заявляет %2 байт, следует только %3</translation>
    </message>
    <message>
        <source>the data does not match its declared transfer syntax: element %1 has no valid value representation</source>
        <translation>данные не соответствуют объявленному синтаксису передачи: у элемента %1 нет допустимого VR</translation>
    </message>
    <message>
        <source>truncated: a sequence is not closed before the end</source>
        <translation>обрезан: последовательность не закрыта до конца данных</translation>
    </message>
    <message>
        <source>truncated: an item is not closed before the end</source>
        <translation>обрезан: элемент последовательности не закрыт до конца данных</translation>
    </message>
    <message>
        <source>truncated: %1 bytes left where an element should start</source>
        <translation>обрезан: осталось %1 байт там, где должен начинаться элемент</translation>
    </message>
    <message>
        <source>damaged: element %1 where a sequence item should be</source>
        <translation>повреждён: элемент %1 на месте элемента последовательности</translation>
    </message>
    <message>
        <source>damaged: element %1 inside encapsulated pixel data</source>
        <translation>повреждён: элемент %1 внутри инкапсулированных пиксельных данных</translation>
    </message>
    <message>
        <source>damaged: item %1 where an element should be</source>
        <translation>повреждён: элемент последовательности %1 на месте обычного элемента</translation>
    </message>
    <message>
        <source>cannot inflate</source>
        <translation>невозможно распаковать</translation>
    </message>
    <message>
        <source>rejected: the deflated data set expands beyond %1 MB</source>
        <translation>отклонён: сжатый набор данных распаковывается более чем в %1 МБ</translation>
    </message>
    <message>
        <source>damaged: the deflated data set cannot be inflated</source>
        <translation>повреждён: сжатый набор данных невозможно распаковать</translation>
    </message>
    <message>
        <source>rejected: larger than %1 MB</source>
        <translation>отклонён: больше %1 МБ</translation>
    </message>
    <message>
        <source>damaged: the file meta information is not readable</source>
        <translation>повреждён: метаинформация файла не читается</translation>
    </message>
    <message>
        <source>damaged: the file meta information holds a sequence</source>
        <translation>повреждён: метаинформация файла содержит последовательность</translation>
    </message>
    <message>
        <source>truncated or lying length: meta element (0002,%1) claims %2 bytes</source>
        <translation>обрезан или ложная длина: метаэлемент (0002,%1) заявляет %2 байт</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>without ID or name</source>
        <translation>без ID и имени</translation>
    </message>
    <message>
        <source>instance %1 is stored in series %2; this object puts it in series %3</source>
        <translation>экземпляр %1 хранится в серии %2; этот объект помещает его в серию %3</translation>
    </message>
    <message>
        <source>instance %1 is stored with other content (SOP class %2, %3×%4, %5 frames); this object has SOP class %6, %7×%8, %9 frames</source>
        <translation>экземпляр %1 хранится с другим содержимым (класс SOP %2, %3×%4, кадров: %5); у этого объекта класс SOP %6, %7×%8, кадров: %9</translation>
    </message>
    <message>
        <source>series %1 belongs to study %2; this object puts it in study %3</source>
        <translation>серия %1 относится к исследованию %2; этот объект помещает её в исследование %3</translation>
    </message>
    <message>
        <source>study %1 belongs to patient %2; this object names patient %3</source>
        <translation>исследование %1 относится к пациенту %2; этот объект указывает пациента %3</translation>
    </message>
    <message>
        <source>the answer is not multipart (no boundary)</source>
        <translation>ответ не является multipart (нет разделителя)</translation>
    </message>
    <message>
        <source>dropped a caller from %1: %2</source>
        <translation>отключён вызывающий с %1: %2</translation>
    </message>
    <message>
        <source>refused a connection from %1: it holds %2 already</source>
        <translation>отклонено соединение с %1: уже открыто соединений: %2</translation>
    </message>
    <message>
        <source>refused a connection from %1: %2 are open</source>
        <translation>отклонено соединение с %1: открыто соединений: %2</translation>
    </message>
    <message>
        <source>unknown transfer syntax %1</source>
        <translation>неизвестный синтаксис передачи %1</translation>
    </message>
    <message>
        <source>the identifier cannot be read: %1</source>
        <translation>идентификатор невозможно прочитать: %1</translation>
    </message>
    <message>
        <source>the identifier is larger than %1 bytes</source>
        <translation>идентификатор больше %1 байт</translation>
    </message>
    <message>
        <source>the image is too large to show: %1×%2, %3 frames (%4 MB decoded, %5 MB at most)</source>
        <translation>изображение слишком велико для показа: %1×%2, кадров: %3 (%4 МБ после декодирования, не более %5 МБ)</translation>
    </message>
    <message>
        <source>damaged JPEG data: marker FF01 before the frame header</source>
        <translation>повреждённые данные JPEG: маркер FF01 перед заголовком кадра</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>Ещё раз тот же: </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>пароли не совпадают; ничего не изменено</translation>
    </message>
    <message>
        <source>users add LOGIN --name &quot;FAMILY^GIVEN&quot; --role ROLE [--cert FILE] [--password-file FILE]</source>
        <translation>users add LOGIN --name &quot;ФАМИЛИЯ^ИМЯ&quot; --role РОЛЬ [--cert ФАЙЛ] [--password-file ФАЙЛ]</translation>
    </message>
    <message>
        <source>a user needs a password (--password-file, or typed)</source>
        <translation>пользователю нужен пароль (--password-file или ввод с клавиатуры)</translation>
    </message>
    <message>
        <source>added %1 (%2) as %3</source>
        <translation>добавлен %1 (%2) как %3</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РОЛЬ</translation>
    </message>
    <message>
        <source>SIGNING CERTIFICATE</source>
        <translation>СЕРТИФИКАТ ПОДПИСИ</translation>
    </message>
    <message>
        <source>the password of %1 is changed</source>
        <translation>пароль %1 изменён</translation>
    </message>
    <message>
        <source>the full name as a DICOM Person Name, e.g. Rusu^Ana</source>
        <translation>полное имя в формате DICOM Person Name, например Rusu^Ana</translation>
    </message>
    <message>
        <source>technician, radiologist, consultant or administrator</source>
        <translation>technician, radiologist, consultant или administrator</translation>
    </message>
    <message>
        <source>the person&apos;s signing certificate (PEM, from certs person)</source>
        <translation>сертификат подписи человека (PEM, из certs person)</translation>
    </message>
    <message>
        <source>a file whose first line is the password</source>
        <translation>файл, первая строка которого — пароль</translation>
    </message>
    <message>
        <source>%1 is disabled: it can no longer sign in</source>
        <translation>%1 отключён: войти больше нельзя</translation>
    </message>
    <message>
        <source>%1 is enabled</source>
        <translation>%1 активен</translation>
    </message>
    <message>
        <source>users add|list|disable|enable|passwd</source>
        <translation>users add|list|disable|enable|passwd</translation>
    </message>
    <message>
        <source>a user &quot;%1&quot; already exists</source>
        <translation>пользователь «%1» уже существует</translation>
    </message>
    <message>
        <source>no user &quot;%1&quot;</source>
        <translation>нет пользователя «%1»</translation>
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation>в пароле должно быть не меньше %1 символов</translation>
    </message>
    <message>
        <source>a password has at most 1024 characters</source>
        <translation>в пароле не больше 1024 символов</translation>
    </message>
    <message>
        <source>a password is one line of text</source>
        <translation>пароль — одна строка текста</translation>
    </message>
    <message>
        <source>the system gives no random numbers for a password&apos;s salt</source>
        <translation>система не даёт случайных чисел для соли пароля</translation>
    </message>
    <message>
        <source>cannot hash the password (scrypt)</source>
        <translation>не удаётся вычислить хеш пароля (scrypt)</translation>
    </message>
    <message>
        <source>a login is 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter: &quot;%1&quot;</source>
        <translation>логин — от 1 до 64 строчных букв, цифр, «.», «_» или «-», начиная с буквы: «%1»</translation>
    </message>
    <message>
        <source>a name starts with the family name, e.g. Rusu^Ana</source>
        <translation>имя начинается с фамилии, например Rusu^Ana</translation>
    </message>
    <message>
        <source>a name has at most five parts separated by &apos;^&apos;: family, given, middle, prefix, suffix</source>
        <translation>в имени не больше пяти частей через «^»: фамилия, имя, отчество, префикс, суффикс</translation>
    </message>
    <message>
        <source>each part of a name has at most 64 characters</source>
        <translation>каждая часть имени — не больше 64 символов</translation>
    </message>
    <message>
        <source>a name may not hold &apos;\&apos;, &apos;=&apos; or control characters</source>
        <translation>имя не может содержать «\», «=» или управляющие символы</translation>
    </message>
    <message>
        <source>the role is one of %1: &quot;%2&quot;</source>
        <translation>роль — одна из %1: «%2»</translation>
    </message>
    <message>
        <source>%1 cannot be read as a certificate</source>
        <translation>%1 не читается как сертификат</translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator: add or enable another one first</source>
        <translation>%1 — последний активный администратор: сначала добавьте или включите другого</translation>
    </message>
    <message>
        <source>wrong login or password</source>
        <translation>неверный логин или пароль</translation>
    </message>
    <message>
        <source>the account %1 is disabled</source>
        <translation>учётная запись %1 отключена</translation>
    </message>
    <message>
        <source>the audit trail was tampered with: record %1: %2</source>
        <translation>журнал аудита изменён: запись %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>the audit trail is whole: %n record(s), each following the one before</source>
        <translation>
            <numerusform>журнал аудита цел: %n запись, каждая следует за предыдущей</numerusform>
            <numerusform>журнал аудита цел: %n записи, каждая следует за предыдущей</numerusform>
            <numerusform>журнал аудита цел: %n записей, каждая следует за предыдущей</numerusform>
        </translation>
    </message>
    <message>
        <source>only records about this patient ID</source>
        <translation>только записи об этом ID пациента</translation>
    </message>
    <message>
        <source>only records of this user</source>
        <translation>только записи этого пользователя</translation>
    </message>
    <message>
        <source>only records from this day on</source>
        <translation>только записи начиная с этого дня</translation>
    </message>
    <message>
        <source>--since takes YYYY-MM-DD</source>
        <translation>--since принимает ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>№</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ПОЛЬЗОВАТЕЛЬ</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ДЕЙСТВИЕ</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>РЕЗУЛЬТАТ</translation>
    </message>
    <message>
        <source>PATIENT</source>
        <translation>ПАЦИЕНТ</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>ЧТО</translation>
    </message>
    <message>
        <source>cannot use the audit trail: %1</source>
        <translation>журнал аудита недоступен: %1</translation>
    </message>
    <message>
        <source>records before it are missing (expected number %1)</source>
        <translation>перед ней недостаёт записей (ожидался номер %1)</translation>
    </message>
    <message>
        <source>it does not follow the record before it (removed or moved)</source>
        <translation>она не следует за предыдущей записью (удалена или перемещена)</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>её содержимое изменено</translation>
    </message>
    <message>
        <source>done, but the audit trail cannot record it: %1</source>
        <translation>сделано, но журнал аудита не может это записать: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) to %1</source>
        <translation>
            <numerusform>%n объект в %1</numerusform>
            <numerusform>%n объекта в %1</numerusform>
            <numerusform>%n объектов в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 de-identified copies to %2, %3 held back</source>
        <translation>%1 обезличенных копий в %2, задержано %3</translation>
    </message>
    <message>
        <source>list studies</source>
        <translation>просматривать список исследований</translation>
    </message>
    <message>
        <source>open images</source>
        <translation>открывать изображения</translation>
    </message>
    <message>
        <source>import</source>
        <translation>импортировать</translation>
    </message>
    <message>
        <source>receive studies</source>
        <translation>принимать исследования</translation>
    </message>
    <message>
        <source>send studies</source>
        <translation>отправлять исследования</translation>
    </message>
    <message>
        <source>request a consultation</source>
        <translation>запрашивать консультацию</translation>
    </message>
    <message>
        <source>write a consultation</source>
        <translation>писать консультацию</translation>
    </message>
    <message>
        <source>sign a consultation</source>
        <translation>подписывать консультацию</translation>
    </message>
    <message>
        <source>amend a consultation</source>
        <translation>исправлять консультацию</translation>
    </message>
    <message>
        <source>export</source>
        <translation>экспортировать</translation>
    </message>
    <message>
        <source>anonymize</source>
        <translation>обезличивать</translation>
    </message>
    <message>
        <source>query and retrieve from peers</source>
        <translation>запрашивать и получать у партнёров</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>управлять пользователями</translation>
    </message>
    <message>
        <source>manage peers</source>
        <translation>управлять партнёрами</translation>
    </message>
    <message>
        <source>manage forwarding rules</source>
        <translation>управлять правилами пересылки</translation>
    </message>
    <message>
        <source>manage certificates</source>
        <translation>управлять сертификатами</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>читать журнал аудита</translation>
    </message>
    <message>
        <source>look after the cache and its jobs</source>
        <translation>обслуживать кэш и его задания</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: that needs the role %4</source>
        <translation>%1 (%2) не может %3: для этого нужна роль %4</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>the first user is an administrator (--role administrator); the others follow</source>
        <translation>первый пользователь — администратор (--role administrator); остальные — после него</translation>
    </message>
    <message>
        <source>First start of %1: how will this workstation be used?
  1  with users: create the administrator now; everyone signs in
  2  single-user: one person, no sign-in
</source>
        <translation>Первый запуск %1: как будет использоваться эта станция?
  1  с пользователями: создать администратора сейчас; каждый входит в систему
  2  один пользователь: один человек, без входа
</translation>
    </message>
    <message>
        <source>Choice [1/2]: </source>
        <translation>Выбор [1/2]: </translation>
    </message>
    <message>
        <source>nothing chosen; nothing was changed</source>
        <translation>ничего не выбрано; ничего не изменено</translation>
    </message>
    <message>
        <source>Administrator&apos;s login: </source>
        <translation>Логин администратора: </translation>
    </message>
    <message>
        <source>Full name (Family^Given): </source>
        <translation>Полное имя (Фамилия^Имя): </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Тот же пароль ещё раз: </translation>
    </message>
    <message>
        <source>--admin-password-file needs --user LOGIN: the administrator&apos;s login</source>
        <translation>--admin-password-file требует --user ЛОГИН: логин администратора</translation>
    </message>
    <message>
        <source>%1 has not chosen how it is used yet: create the administrator (--user LOGIN --admin-password-file FILE, or run dicomnet on a terminal to be asked) or work alone without sign-in (--single-user, or DICOMNET_SINGLE_USER=1)</source>
        <translation>%1 ещё не выбрал режим работы: создайте администратора (--user ЛОГИН --admin-password-file ФАЙЛ, или запустите dicomnet в терминале, чтобы ответить на вопросы) или работайте один без входа (--single-user, или DICOMNET_SINGLE_USER=1)</translation>
    </message>
    <message>
        <source>signed in as %1 (%2): --%3 is who signs in; leave it out</source>
        <translation>вход выполнен как %1 (%2): --%3 — это тот, кто вошёл; уберите его</translation>
    </message>
    <message>
        <source>%1 is not the signing certificate registered for %2</source>
        <translation>%1 — не сертификат подписи, зарегистрированный для %2</translation>
    </message>
    <message>
        <source>this workstation has users: single-user mode is not possible any more; sign in with --user LOGIN</source>
        <translation>у этой станции есть пользователи: режим одного пользователя больше невозможен; войдите с --user ЛОГИН</translation>
    </message>
    <message>
        <source>the first user is an administrator</source>
        <translation>первый пользователь — администратор</translation>
    </message>
    <message>
        <source>the first administrator needs a password: without one nobody could sign in</source>
        <translation>первому администратору нужен пароль: без него никто не сможет войти</translation>
    </message>
    <message>
        <source>this workstation has users: sign in with --user LOGIN [--password-file FILE], or start a session (dicomnet --user LOGIN session start)</source>
        <translation>у этой станции есть пользователи: войдите с --user ЛОГИН [--password-file ФАЙЛ] или начните сеанс (dicomnet --user ЛОГИН session start)</translation>
    </message>
    <message>
        <source>how long the session holds</source>
        <translation>сколько длится сеанс</translation>
    </message>
    <message>
        <source>session start [--minutes N] | session end | session status</source>
        <translation>session start [--minutes N] | session end | session status</translation>
    </message>
    <message>
        <source>--minutes takes a number</source>
        <translation>--minutes требует число</translation>
    </message>
    <message>
        <source>signed in as %1 until %2 (%3)</source>
        <translation>вход выполнен как %1 до %2 (%3)</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>сеанс завершён</translation>
    </message>
    <message>
        <source>nobody is signed in</source>
        <translation>никто не вошёл</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>%1 is not a session file of yours that only you may read; it is not used (dicomnet session end removes it)</source>
        <translation>%1 — не ваш файл сеанса, доступный для чтения только вам; он не используется (dicomnet session end удаляет его)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>не удаётся прочитать %1</translation>
    </message>
    <message>
        <source>%1 is not a dicomnet session file</source>
        <translation>%1 — не файл сеанса dicomnet</translation>
    </message>
    <message>
        <source>a session needs someone signed in (--user LOGIN)</source>
        <translation>для сеанса нужен вошедший пользователь (--user ЛОГИН)</translation>
    </message>
    <message>
        <source>a session lasts 1 to 720 minutes</source>
        <translation>сеанс длится от 1 до 720 минут</translation>
    </message>
    <message>
        <source>; sign in with --user LOGIN (dicomnet session start opens a new session)</source>
        <translation>; войдите с --user ЛОГИН (dicomnet session start открывает новый сеанс)</translation>
    </message>
    <message>
        <source>the session file holds no session of this workstation</source>
        <translation>в файле сеанса нет сеанса этой станции</translation>
    </message>
    <message>
        <source>the session was opened on another machine</source>
        <translation>сеанс был открыт на другом компьютере</translation>
    </message>
    <message>
        <source>the session expired at %1</source>
        <translation>сеанс истёк в %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>не удаётся удалить %1</translation>
    </message>
    <message>
        <source>the user it is shared with</source>
        <translation>пользователь, которому он открыт</translation>
    </message>
    <message>
        <source>share STUDY_UID --with LOGIN</source>
        <translation>share STUDY_UID --with ЛОГИН</translation>
    </message>
    <message>
        <source>%1 is shared with %2</source>
        <translation>%1 открыт для %2</translation>
    </message>
    <message>
        <source>%1 is not a study in the cache</source>
        <translation>%1 — не исследование в кэше</translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation>нет пользователя %1</translation>
    </message>
    <message>
        <source>%1 (%2) may not open %3: it is not shared with them</source>
        <translation>%1 (%2) не может открыть %3: это исследование ему не открыто</translation>
    </message>
    <message numerus="yes">
        <source>%n seal(s) genuine; sealed through record %1</source>
        <translation>
            <numerusform>%n подлинная печать; запечатано по запись %1</numerusform>
            <numerusform>%n подлинные печати; запечатано по запись %1</numerusform>
            <numerusform>%n подлинных печатей; запечатано по запись %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no seal yet (dicomnet audit seal): the newest records could be removed unseen</source>
        <translation>печатей ещё нет (dicomnet audit seal): новейшие записи можно удалить незаметно</translation>
    </message>
    <message>
        <source>nothing new to seal</source>
        <translation>нечего запечатывать</translation>
    </message>
    <message>
        <source>sealed through record %1</source>
        <translation>запечатано по запись %1</translation>
    </message>
    <message>
        <source>cannot read this node&apos;s key %1</source>
        <translation>не удаётся прочитать ключ этого узла %1</translation>
    </message>
    <message>
        <source>cannot sign with %1</source>
        <translation>не удаётся подписать с помощью %1</translation>
    </message>
    <message>
        <source>no key to seal the audit trail with: make this node&apos;s certificate first (dicomnet certs init)</source>
        <translation>нет ключа для печати журнала аудита: сначала создайте сертификат этого узла (dicomnet certs init)</translation>
    </message>
    <message>
        <source>its seal of %1 is not genuine (forged, or not signed by a certificate of this site)</source>
        <translation>его печать от %1 не подлинная (подделана или подписана не сертификатом этого сайта)</translation>
    </message>
    <message>
        <source>it was sealed on %1 and is missing (removed)</source>
        <translation>она запечатана %1 и отсутствует (удалена)</translation>
    </message>
    <message>
        <source>it was sealed on %1 and its chain was rewritten since</source>
        <translation>она запечатана %1, и с тех пор цепочка переписана</translation>
    </message>
    <message>
        <source>cannot append to %1: %2</source>
        <translation>не удаётся дописать в %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) appended to %1</source>
        <translation>
            <numerusform>%n сообщение дописано в %1</numerusform>
            <numerusform>%n сообщения дописаны в %1</numerusform>
            <numerusform>%n сообщений дописано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the audit trail is not forwarded any more</source>
        <translation>журнал аудита больше не пересылается</translation>
    </message>
    <message>
        <source>--to takes HOST:PORT</source>
        <translation>--to требует ХОСТ:ПОРТ</translation>
    </message>
    <message>
        <source>no audit collector is set (audit forward --to HOST:PORT)</source>
        <translation>сборщик аудита не задан (audit forward --to ХОСТ:ПОРТ)</translation>
    </message>
    <message>
        <source>to %1:%2, through record %3%4</source>
        <translation>на %1:%2, по запись %3%4</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) forwarded to %1:%2</source>
        <translation>
            <numerusform>%n запись переслана на %1:%2</numerusform>
            <numerusform>%n записи пересланы на %1:%2</numerusform>
            <numerusform>%n записей переслано на %1:%2</numerusform>
        </translation>
    </message>
    <message>
        <source>DICOM audit messages (PS3.15 A.5), one per line</source>
        <translation>сообщения аудита DICOM (PS3.15 A.5), по одному в строке</translation>
    </message>
    <message>
        <source>forward: the syslog collector (TLS)</source>
        <translation>forward: сборщик syslog (TLS)</translation>
    </message>
    <message>
        <source>forward: the CA its certificate is checked against</source>
        <translation>forward: УЦ для проверки его сертификата</translation>
    </message>
    <message>
        <source>forward: stop forwarding</source>
        <translation>forward: прекратить пересылку</translation>
    </message>
    <message>
        <source>forward: how far it got</source>
        <translation>forward: докуда дошла пересылка</translation>
    </message>
    <message>
        <source>with --atna: append them to this file</source>
        <translation>с --atna: дописать их в этот файл</translation>
    </message>
    <message>
        <source>audit [--patient ID] [--user LOGIN] [--since YYYY-MM-DD] [--json | --atna [--append FILE]] | audit verify | audit seal | audit forward [--to HOST:PORT [--ca FILE] | --off | --status]</source>
        <translation>audit [--patient ID] [--user ЛОГИН] [--since ГГГГ-ММ-ДД] [--json | --atna [--append ФАЙЛ]] | audit verify | audit seal | audit forward [--to ХОСТ:ПОРТ [--ca ФАЙЛ] | --off | --status]</translation>
    </message>
    <message>
        <source>--append goes with --atna</source>
        <translation>--append используется с --atna</translation>
    </message>
    <message>
        <source>no CA certificate in %1</source>
        <translation>нет сертификата УЦ в %1</translation>
    </message>
    <message>
        <source>cannot reach the audit collector %1: %2</source>
        <translation>сборщик аудита %1 недоступен: %2</translation>
    </message>
    <message>
        <source>the audit collector %1 stopped taking messages: %2</source>
        <translation>сборщик аудита %1 перестал принимать сообщения: %2</translation>
    </message>
    <message>
        <source>the collector is HOST:PORT</source>
        <translation>сборщик задаётся как ХОСТ:ПОРТ</translation>
    </message>
    <message>
        <source>no CA certificate to check the collector with (%1); give --ca FILE or make the site&apos;s (dicomnet certs init)</source>
        <translation>нет сертификата УЦ для проверки сборщика (%1); укажите --ca ФАЙЛ или создайте сертификат сайта (dicomnet certs init)</translation>
    </message>
    <message>
        <source>%1; the records after %2 wait for the next attempt</source>
        <translation>%1; записи после %2 ждут следующей попытки</translation>
    </message>
    <message>
        <source>studies from this day on</source>
        <translation>исследования начиная с этого дня</translation>
    </message>
    <message>
        <source>studies up to this day</source>
        <translation>исследования по этот день</translation>
    </message>
    <message>
        <source>comma-separated values</source>
        <translation>значения через запятую</translation>
    </message>
    <message>
        <source>--from and --to take YYYY-MM-DD</source>
        <translation>--from и --to требуют ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ИСТОЧНИК</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>ПЕРИОД</translation>
    </message>
    <message>
        <source>total: %1 studies, %2 images</source>
        <translation>всего: исследований %1, изображений %2</translation>
    </message>
    <message>
        <source>our AE title (default: this workstation&apos;s, else DICOMNET)</source>
        <translation>наш AE-титул (по умолчанию: этой станции, иначе DICOMNET)</translation>
    </message>
    <message>
        <source>portal init DIR --host NAME --workstation NAME=AE[@HOST[:PORT]]... [--name N] [--aet AE] [--dicom-port N] [--https-port N] [--http-port N] [--postgres-port N]</source>
        <translation>portal init DIR --host ИМЯ --workstation ИМЯ=AE[@ХОСТ[:ПОРТ]]... [--name N] [--aet AE] [--dicom-port N] [--https-port N] [--http-port N] [--postgres-port N]</translation>
    </message>
    <message>
        <source>--%1 takes a port number</source>
        <translation>--%1 принимает номер порта</translation>
    </message>
    <message>
        <source>the portal&apos;s configuration is in %1 (README.txt says what is where)</source>
        <translation>конфигурация портала в %1 (README.txt описывает, что где)</translation>
    </message>
    <message>
        <source>on the portal machine, as root: %1/portal.sh start</source>
        <translation>на машине портала, от root: %1/portal.sh start</translation>
    </message>
    <message>
        <source>for %1: copy %2/join/%1 there privately, then: dicomnet portal join FOLDER</source>
        <translation>для %1: скопируйте %2/join/%1 туда, не раскрывая, затем: dicomnet portal join ПАПКА</translation>
    </message>
    <message>
        <source>portal join FOLDER</source>
        <translation>portal join ПАПКА</translation>
    </message>
    <message>
        <source>joined the portal %1 as %2: peers %3 (DICOMweb, HTTPS) and %4 (DICOM TLS)</source>
        <translation>подключено к порталу %1 как %2: узлы %3 (DICOMweb, HTTPS) и %4 (DICOM TLS)</translation>
    </message>
    <message>
        <source>the portal machine&apos;s name, as workstations reach it</source>
        <translation>имя машины портала, как к ней обращаются станции</translation>
    </message>
    <message>
        <source>a workstation: its name, the AE title it calls with, where the portal reaches it (repeat for each)</source>
        <translation>рабочая станция: её имя, AE-титул, с которым она вызывает, где её достигает портал (повторить для каждой)</translation>
    </message>
    <message>
        <source>the peer name workstations give the portal (default dept)</source>
        <translation>имя узла, которое станции дают порталу (по умолчанию dept)</translation>
    </message>
    <message>
        <source>the portal&apos;s AE title (default DEPT)</source>
        <translation>AE-титул портала (по умолчанию DEPT)</translation>
    </message>
    <message>
        <source>DICOM TLS port (default 4242)</source>
        <translation>порт DICOM TLS (по умолчанию 4242)</translation>
    </message>
    <message>
        <source>DICOMweb HTTPS port (default 8443)</source>
        <translation>порт HTTPS DICOMweb (по умолчанию 8443)</translation>
    </message>
    <message>
        <source>Orthanc&apos;s own HTTP port, loopback only (default 8042)</source>
        <translation>собственный HTTP-порт Orthanc, только loopback (по умолчанию 8042)</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s port, a local socket only (default 5432)</source>
        <translation>порт PostgreSQL, только локальный сокет (по умолчанию 5432)</translation>
    </message>
    <message>
        <source>portal needs init or join</source>
        <translation>portal требует init или join</translation>
    </message>
    <message>
        <source>%1 broke off its answer</source>
        <translation>%1 оборвал свой ответ</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 слишком велик</translation>
    </message>
    <message>
        <source>this workstation already has another site CA (%1); joining would replace it and cut it off from its present peers: move that certs folder away first</source>
        <translation>у этой станции уже есть другой CA сайта (%1); подключение заменило бы его и отрезало бы её от нынешних узлов: сначала уберите эту папку certs</translation>
    </message>
    <message>
        <source>%1 is not a folder written by dicomnet portal init</source>
        <translation>%1 — не папка, записанная dicomnet portal init</translation>
    </message>
    <message>
        <source>a peer named &quot;%1&quot; exists already (dicomnet peers remove %1, then join again)</source>
        <translation>узел с именем «%1» уже есть (dicomnet peers remove %1, затем снова join)</translation>
    </message>
    <message>
        <source>no random bytes from OpenSSL</source>
        <translation>OpenSSL не выдал случайные байты</translation>
    </message>
    <message>
        <source>--host takes the portal machine&apos;s name (letters, digits, &apos;.&apos;, &apos;-&apos;)</source>
        <translation>--host принимает имя машины портала (буквы, цифры, «.», «-»)</translation>
    </message>
    <message>
        <source>--name takes letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>--name принимает буквы, цифры, «-» и «_»</translation>
    </message>
    <message>
        <source>the portal&apos;s four ports must differ</source>
        <translation>четыре порта портала должны различаться</translation>
    </message>
    <message>
        <source>ports take 1 to 65535</source>
        <translation>порты принимают значения от 1 до 65535</translation>
    </message>
    <message>
        <source>name the workstations that use the portal (--workstation)</source>
        <translation>назовите станции, которые используют портал (--workstation)</translation>
    </message>
    <message>
        <source>the workstation %1 is named twice</source>
        <translation>станция %1 названа дважды</translation>
    </message>
    <message>
        <source>the AE title %1 is given twice</source>
        <translation>AE-титул %1 указан дважды</translation>
    </message>
    <message>
        <source>the template %1 is missing from this build</source>
        <translation>шаблона %1 нет в этой сборке</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>нельзя скопировать %1 в %2</translation>
    </message>
    <message>
        <source>--workstation takes NAME=AE[@HOST[:PORT]], not &quot;%1&quot;</source>
        <translation>--workstation принимает ИМЯ=AE[@ХОСТ[:ПОРТ]], а не «%1»</translation>
    </message>
    <message>
        <source>a workstation&apos;s name takes letters, digits, &apos;-&apos; and &apos;_&apos;, not &quot;%1&quot;</source>
        <translation>имя станции принимает буквы, цифры, «-» и «_», а не «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a host name and a port of 1 to 65535</source>
        <translation>«%1»: имя хоста и порт от 1 до 65535</translation>
    </message>
    <message>
        <source>the portal&apos;s certificates come from the site CA: run dicomnet certs init on this workstation first</source>
        <translation>сертификаты портала выпускает CA сайта: сначала выполните dicomnet certs init на этой станции</translation>
    </message>
    <message>
        <source>%1 is not empty: portal init writes a new folder</source>
        <translation>%1 не пуста: portal init записывает новую папку</translation>
    </message>
    <message>
        <source>no cost per exam is set (dicomnet stats cost 4.10 EUR)</source>
        <translation>стоимость одного исследования не задана (dicomnet stats cost 4.10 EUR)</translation>
    </message>
    <message>
        <source>one exam on film and paper: %1</source>
        <translation>одно исследование на плёнке и бумаге: %1</translation>
    </message>
    <message>
        <source>stats cost AMOUNT [CURRENCY], e.g. stats cost 4.10 EUR</source>
        <translation>stats cost СУММА [ВАЛЮТА], напр. stats cost 4.10 EUR</translation>
    </message>
    <message>
        <source>total: %1 studies, %2 images; COVID-19 investigations: %3 (%4)</source>
        <translation>всего: исследований %1, снимков %2; исследований COVID-19: %3 (%4)</translation>
    </message>
    <message>
        <source>consultations: %1 requested, %2 answered; turnaround from request to signed answer: median %3 h, 90th percentile %4 h</source>
        <translation>консультации: запрошено %1, отвечено %2; срок от запроса до подписанного ответа: медиана %3 ч, 90-й процентиль %4 ч</translation>
    </message>
    <message>
        <source>saved by reading on screen, not on film and paper: about %1 %2 (%3 exams at %4; COVID-19 investigations: %5 %2)</source>
        <translation>сэкономлено чтением на экране, а не на плёнке и бумаге: около %1 %2 (%3 исследований по %4; исследования COVID-19: %5 %2)</translation>
    </message>
    <message>
        <source>savings: set the cost of one exam on film and paper to estimate them (dicomnet stats cost 4.10 EUR)</source>
        <translation>экономия: задайте стоимость одного исследования на плёнке и бумаге, чтобы её оценить (dicomnet stats cost 4.10 EUR)</translation>
    </message>
    <message>
        <source>COVID-19</source>
        <translation>COVID-19</translation>
    </message>
    <message>
        <source>REQUESTED</source>
        <translation>ЗАПРОШЕНО</translation>
    </message>
    <message>
        <source>ANSWERED</source>
        <translation>ОТВЕЧЕНО</translation>
    </message>
    <message>
        <source>MEDIAN H</source>
        <translation>МЕДИАНА Ч</translation>
    </message>
    <message>
        <source>P90 H</source>
        <translation>P90 Ч</translation>
    </message>
    <message>
        <source>READER</source>
        <translation>ВРАЧ</translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation>ОТВЕТЫ</translation>
    </message>
    <message>
        <source>TIMED</source>
        <translation>С ЗАМЕРОМ</translation>
    </message>
    <message>
        <source>answers: the requests (or, unasked, studies) a reader&apos;s signed consultations answer; turnaround of the requests they answered first</source>
        <translation>ответы: запросы (или, без запроса, исследования), на которые отвечают подписанные консультации врача; срок — по запросам, на которые он ответил первым</translation>
    </message>
    <message>
        <source>total received: %1 studies, %2 images</source>
        <translation>всего получено: исследований %1, снимков %2</translation>
    </message>
    <message>
        <source>month, week, year, modality, source or reader</source>
        <translation>month, week, year, modality, source или reader</translation>
    </message>
    <message>
        <source>count on this DICOMweb peer</source>
        <translation>считать на этом узле DICOMweb</translation>
    </message>
    <message>
        <source>stats [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by month|week|year|modality|source|reader] [--portal NAME] [--json|--csv]; stats cost [AMOUNT [CURRENCY]]</source>
        <translation>stats [--from ГГГГ-ММ-ДД] [--to ГГГГ-ММ-ДД] [--by month|week|year|modality|source|reader] [--portal ИМЯ] [--json|--csv]; stats cost [СУММА [ВАЛЮТА]]</translation>
    </message>
    <message>
        <source>a portal&apos;s QIDO-RS answers with studies, not with who sent or read them: --portal counts by month, week, year or modality</source>
        <translation>QIDO-RS портала отвечает исследованиями, а не тем, кто их прислал или прочитал: --portal считает по month, week, year или modality</translation>
    </message>
    <message>
        <source>%1 is not a DICOMweb portal (peers add %1 --dicomweb URL)</source>
        <translation>%1 — не портал DICOMweb (peers add %1 --dicomweb URL)</translation>
    </message>
    <message>
        <source>the range of dates is empty</source>
        <translation>диапазон дат пуст</translation>
    </message>
    <message>
        <source>descriptors: %1 computed, %2 not applicable, %3 failed, %4 to compute</source>
        <translation>дескрипторы: вычислено %1, неприменимо %2, с ошибкой %3, ожидают %4</translation>
    </message>
    <message>
        <source>computed in the background as objects arrive</source>
        <translation>вычисляются в фоне по мере поступления объектов</translation>
    </message>
    <message>
        <source>not computed in the background (dicomnet features background on)</source>
        <translation>не вычисляются в фоне (dicomnet features background on)</translation>
    </message>
    <message>
        <source>compute every descriptor again</source>
        <translation>вычислить все дескрипторы заново</translation>
    </message>
    <message>
        <source>descriptors are computed in the background</source>
        <translation>дескрипторы вычисляются в фоне</translation>
    </message>
    <message>
        <source>descriptors are no longer computed in the background</source>
        <translation>дескрипторы больше не вычисляются в фоне</translation>
    </message>
    <message>
        <source>series</source>
        <translation>серий</translation>
    </message>
    <message>
        <source>described %1 series: %2 computed, %3 not applicable, %4 failed (%5 s)</source>
        <translation>описано серий: %1; вычислено %2, неприменимо %3, с ошибкой %4 (%5 с)</translation>
    </message>
    <message>
        <source>not a chest CT (Body Part Examined: %1)</source>
        <translation>не КТ грудной клетки (Body Part Examined: %1)</translation>
    </message>
    <message>
        <source>%1 slices: too few for a chest CT</source>
        <translation>срезов: %1 — слишком мало для КТ грудной клетки</translation>
    </message>
    <message>
        <source>not an axial series</source>
        <translation>не аксиальная серия</translation>
    </message>
    <message>
        <source>the slices differ in size</source>
        <translation>срезы разного размера</translation>
    </message>
    <message>
        <source>slices without spacing between them</source>
        <translation>срезы без расстояния между ними</translation>
    </message>
    <message>
        <source>no lungs in the field of view</source>
        <translation>лёгких нет в поле обзора</translation>
    </message>
    <message>
        <source>no lungs in the field of view (%1 mL of lung found)</source>
        <translation>лёгких нет в поле обзора (найдено %1 мл лёгкого)</translation>
    </message>
    <message>
        <source>the series has no images</source>
        <translation>в серии нет изображений</translation>
    </message>
    <message>
        <source>no descriptor for modality %1</source>
        <translation>для модальности %1 дескриптора нет</translation>
    </message>
    <message>
        <source>not a chest film (Body Part Examined: %1)</source>
        <translation>не рентгенограмма грудной клетки (Body Part Examined: %1)</translation>
    </message>
    <message>
        <source>a lateral view (View Position %1); the descriptor reads PA and AP films</source>
        <translation>боковая проекция (View Position %1); дескриптор читает снимки в прямой (PA и AP) проекции</translation>
    </message>
    <message>
        <source>a child&apos;s film (age %1); the descriptor is built for adults</source>
        <translation>снимок ребёнка (возраст %1); дескриптор рассчитан на взрослых</translation>
    </message>
    <message>
        <source>a colour image, not a radiograph</source>
        <translation>цветное изображение, а не рентгенограмма</translation>
    </message>
    <message>
        <source>too small for a chest film (%1×%2 pixels)</source>
        <translation>слишком мало для рентгенограммы грудной клетки (%1×%2 пикселей)</translation>
    </message>
    <message>
        <source>a blank image (every pixel %1)</source>
        <translation>пустое изображение (каждый пиксель %1)</translation>
    </message>
    <message>
        <source>a saturated image (%1% of the pixels at one end of the range)</source>
        <translation>насыщенное изображение (%1% пикселей на краю диапазона)</translation>
    </message>
    <message>
        <source>no two lung fields found (a lateral view, or not a chest film)</source>
        <translation>не найдены два лёгочных поля (боковая проекция или не снимок грудной клетки)</translation>
    </message>
    <message>
        <source>no lung field found</source>
        <translation>лёгочное поле не найдено</translation>
    </message>
    <message>
        <source>only one lung field found</source>
        <translation>найдено только одно лёгочное поле</translation>
    </message>
    <message>
        <source>no mediastinum between the lung fields</source>
        <translation>между лёгочными полями нет средостения</translation>
    </message>
    <message>
        <source>the lungs cannot be told from the soft tissue</source>
        <translation>лёгкие не отличить от мягких тканей</translation>
    </message>
    <message>
        <source>the lung fields are %1 mm high: a child&apos;s film; the descriptor is built for adults</source>
        <translation>высота лёгочных полей %1 мм: снимок ребёнка; дескриптор рассчитан на взрослых</translation>
    </message>
    <message>
        <source>%1 is of another version of dicomnet</source>
        <translation>%1 — от другой версии dicomnet</translation>
    </message>
    <message>
        <source>%1 is not installed next to the program</source>
        <translation>%1 не установлен рядом с программой</translation>
    </message>
    <message>
        <source>descriptors cannot be computed: %1</source>
        <translation>дескрипторы не могут быть вычислены: %1</translation>
    </message>
    <message>
        <source>DISTANCE</source>
        <translation>РАССТОЯНИЕ</translation>
    </message>
    <message>
        <source>SIGNED SCORES</source>
        <translation>ПОДПИСАННЫЕ ОЦЕНКИ</translation>
    </message>
    <message>
        <source>how many</source>
        <translation>сколько</translation>
    </message>
    <message>
        <source>include the patient&apos;s own other studies</source>
        <translation>включить другие исследования того же пациента</translation>
    </message>
    <message>
        <source>similar UID [--k N] [--same-patient] [--json]</source>
        <translation>similar UID [--k N] [--same-patient] [--json]</translation>
    </message>
    <message>
        <source>--k takes 1 to 100</source>
        <translation>--k принимает значения от 1 до 100</translation>
    </message>
    <message>
        <source>%1 stored descriptors (%2) searched; the nearest:</source>
        <translation>просмотрено сохранённых дескрипторов (%2): %1; ближайшие:</translation>
    </message>
    <message>
        <source>suggest STUDY_UID [--json]</source>
        <translation>suggest STUDY_UID [--json]</translation>
    </message>
    <message>
        <source>no suggestion: %1</source>
        <translation>подсказки нет: %1</translation>
    </message>
    <message numerus="yes">
        <source>suggested from %n signed case(s) — a suggestion, not a reading:</source>
        <translation>
            <numerusform>подсказано по %n подписанному случаю — подсказка, а не заключение:</numerusform>
            <numerusform>подсказано по %n подписанным случаям — подсказка, а не заключение:</numerusform>
            <numerusform>подсказано по %n подписанным случаям — подсказка, а не заключение:</numerusform>
        </translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>ОЦЕНКА</translation>
    </message>
    <message>
        <source>SUGGESTED</source>
        <translation>ПОДСКАЗКА</translation>
    </message>
    <message>
        <source>CONFIDENCE</source>
        <translation>УВЕРЕННОСТЬ</translation>
    </message>
    <message>
        <source>the signed cases nearest to it:</source>
        <translation>ближайшие подписанные случаи:</translation>
    </message>
    <message>
        <source>NOVEL: unlike the stored cases (%1× the usual distance to its nearest; farther than %2 % of them)</source>
        <translation>НОВОЕ: не похоже на сохранённые случаи (%1× обычного расстояния до ближайших; дальше, чем %2 % из них)</translation>
    </message>
    <message>
        <source>like the stored cases (%1× the usual distance to its nearest; farther than %2 % of them)</source>
        <translation>похоже на сохранённые случаи (%1× обычного расстояния до ближайших; дальше, чем %2 % из них)</translation>
    </message>
    <message>
        <source>no scores are learned for this kind of series</source>
        <translation>для такого вида серий оценки не обучаются</translation>
    </message>
    <message numerus="yes">
        <source>%n signed case(s) with these scores; suggestions start at %1</source>
        <translation>
            <numerusform>%n подписанный случай с этими оценками; подсказки — начиная с %1</numerusform>
            <numerusform>%n подписанных случая с этими оценками; подсказки — начиная с %1</numerusform>
            <numerusform>%n подписанных случаев с этими оценками; подсказки — начиная с %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a film or CT series in the cache, or has no descriptor</source>
        <translation>%1 — не снимок и не серия КТ в кэше, или у неё нет дескриптора</translation>
    </message>
    <message>
        <source>its descriptor is not computed yet (dicomnet features)</source>
        <translation>её дескриптор ещё не вычислен (dicomnet features)</translation>
    </message>
    <message>
        <source>%1: no descriptor: %2</source>
        <translation>%1: нет дескриптора: %2</translation>
    </message>
    <message>
        <source>triage rules from %1:</source>
        <translation>правила сортировки из %1:</translation>
    </message>
    <message>
        <source>  urgency: emergency %1, urgent %2, routine %3</source>
        <translation>  срочность: экстренно %1, срочно %2, планово %3</translation>
    </message>
    <message>
        <source>  suggested severity: up to %1 (its share of the scale), when at least %2 % sure</source>
        <translation>  подсказанная тяжесть: до %1 (её доля шкалы), при уверенности не ниже %2 %</translation>
    </message>
    <message>
        <source>  novel: %1</source>
        <translation>  новое: %1</translation>
    </message>
    <message>
        <source>  waiting: %1 an hour, at most %2</source>
        <translation>  ожидание: %1 в час, не более %2</translation>
    </message>
    <message>
        <source>A site edits a copy: %1/triage.json</source>
        <translation>Учреждение правит копию: %1/triage.json</translation>
    </message>
    <message>
        <source>worklist [--me NAME] [--json] | worklist rules</source>
        <translation>worklist [--me NAME] [--json] | worklist rules</translation>
    </message>
    <message>
        <source>novel</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>NOVEL</source>
        <translation>НОВОЕ</translation>
    </message>
    <message>
        <source>BECAUSE</source>
        <translation>ПОЧЕМУ</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%3 % sure, %n signed case(s))</source>
        <translation>
            <numerusform>%1 %2 (уверенность %3 %, %n подписанный случай)</numerusform>
            <numerusform>%1 %2 (уверенность %3 %, %n подписанных случая)</numerusform>
            <numerusform>%1 %2 (уверенность %3 %, %n подписанных случаев)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: не объект JSON (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number</source>
        <translation>%1: «%2» должно быть числом</translation>
    </message>
    <message>
        <source>the built-in triage rules are missing from the program</source>
        <translation>встроенные правила сортировки отсутствуют в программе</translation>
    </message>
    <message>
        <source>built-in rules</source>
        <translation>встроенные правила</translation>
    </message>
    <message>
        <source>suggested severity %1 %</source>
        <translation>подсказанная тяжесть %1 %</translation>
    </message>
    <message>
        <source>waiting %1 h</source>
        <translation>ждёт %1 ч</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>экстренно</translation>
    </message>
    <message>
        <source>%1: %2, %3 the built-in descriptor with %4 numbers (%5)</source>
        <translation>%1: %2, %3 встроенный дескриптор %4 числами (%5)</translation>
    </message>
    <message>
        <source>replaces</source>
        <translation>заменяет</translation>
    </message>
    <message>
        <source>extends</source>
        <translation>дополняет</translation>
    </message>
    <message>
        <source>no site models in %1: the built-in descriptors are used</source>
        <translation>в %1 нет моделей учреждения: используются встроенные дескрипторы</translation>
    </message>
    <message>
        <source>features [--rebuild] [--json] | features status [--json] | features background on|off | features models [--json]</source>
        <translation>features [--rebuild] [--json] | features status [--json] | features background on|off | features models [--json]</translation>
    </message>
    <message>
        <source>site model %1: %2</source>
        <translation>модель учреждения %1: %2</translation>
    </message>
    <message>
        <source>OpenCV cannot read it: %1</source>
        <translation>OpenCV не может её прочитать: %1</translation>
    </message>
    <message>
        <source>OpenCV read an empty network</source>
        <translation>OpenCV прочитал пустую сеть</translation>
    </message>
    <message>
        <source>its output is not 32-bit floating point</source>
        <translation>её выход не 32-битные числа с плавающей точкой</translation>
    </message>
    <message>
        <source>its output has %1 numbers (1 to %2 are usable)</source>
        <translation>её выход содержит %1 чисел (допустимо от 1 до %2)</translation>
    </message>
    <message>
        <source>its output holds a value that is not finite</source>
        <translation>её выход содержит нечисловое или бесконечное значение</translation>
    </message>
    <message>
        <source>OpenCV cannot run it: %1</source>
        <translation>OpenCV не может её выполнить: %1</translation>
    </message>
    <message>
        <source>the series has no slices</source>
        <translation>в серии нет срезов</translation>
    </message>
    <message>
        <source>its output length changes from slice to slice</source>
        <translation>длина её выхода меняется от среза к срезу</translation>
    </message>
    <message>
        <source>no slice has monochrome pixels</source>
        <translation>ни в одном срезе нет монохромных пикселей</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs 1 or %2 numbers</source>
        <translation>«%1» требует 1 или %2 чисел</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds something that is not a number</source>
        <translation>«%1» содержит что-то, кроме чисел</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: не читается</translation>
    </message>
    <message>
        <source>the description is too large</source>
        <translation>описание слишком велико</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>не объект JSON (%1)</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be %1 or %2</source>
        <translation>«kind» должен быть %1 или %2</translation>
    </message>
    <message>
        <source>&quot;use&quot; must be extend or replace</source>
        <translation>«use» должен быть extend или replace</translation>
    </message>
    <message>
        <source>the input must be between 1 and %1 pixels a side</source>
        <translation>вход должен быть от 1 до %1 пикселей по стороне</translation>
    </message>
    <message>
        <source>the input must have 1 or 3 channels</source>
        <translation>у входа должно быть 1 или 3 канала</translation>
    </message>
    <message>
        <source>&quot;scale&quot; must not be 0</source>
        <translation>«scale» не может быть 0</translation>
    </message>
    <message>
        <source>&quot;std&quot; must not be 0</source>
        <translation>«std» не может быть 0</translation>
    </message>
    <message>
        <source>%1 is missing beside it</source>
        <translation>рядом нет %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 больше %2 МБ</translation>
    </message>
    <message>
        <source>site model %1: no %2.json beside it says what it is for</source>
        <translation>модель учреждения %1: рядом нет %2.json, описывающего её назначение</translation>
    </message>
    <message>
        <source>%1 site models for %2 (%3): keep one</source>
        <translation>%1 модели учреждения для %2 (%3): оставьте одну</translation>
    </message>
    <message>
        <source>descriptors wait until the site models are fixed: %1</source>
        <translation>дескрипторы ждут, пока модели учреждения не будут исправлены: %1</translation>
    </message>
    <message>
        <source>descriptors wait until the site model is fixed: %1</source>
        <translation>дескрипторы ждут, пока модель учреждения не будет исправлена: %1</translation>
    </message>
    <message>
        <source>the film has no pixels</source>
        <translation>в снимке нет пикселей</translation>
    </message>
    <message>
        <source>studies: %1, objects: %2, %3</source>
        <translation>исследований: %1, объектов: %2, %3</translation>
    </message>
    <message>
        <source>disk: %1 free of %2</source>
        <translation>диск: свободно %1 из %2</translation>
    </message>
    <message>
        <source>no quota (dicomnet cache quota SIZE|N%)</source>
        <translation>квота не задана (dicomnet cache quota РАЗМЕР|N%)</translation>
    </message>
    <message>
        <source>quota: %1 (%2), %3 % used</source>
        <translation>квота: %1 (%2), использовано %3 %</translation>
    </message>
    <message>
        <source>above the high-water mark (%1 % of the quota)</source>
        <translation>выше верхнего порога (%1 % квоты)</translation>
    </message>
    <message>
        <source>not a size: %1 (for example 750G, 1.5T or 80%)</source>
        <translation>не размер: %1 (например, 750G, 1.5T или 80%)</translation>
    </message>
    <message>
        <source>a share of the disk must be between 1 and 100 %</source>
        <translation>доля диска должна быть от 1 до 100 %</translation>
    </message>
    <message>
        <source>a quota must be at least 1 GB: %1</source>
        <translation>квота должна быть не меньше 1 ГБ: %1</translation>
    </message>
    <message>
        <source>away (evicted, held by peers or portals): %1 object(s) of %2 stud(ies), %3</source>
        <translation>вне кэша (вытеснены, хранятся у узлов или порталов): %1 объект(ов) из %2 исследовани(й), %3</translation>
    </message>
    <message numerus="yes">
        <source>kept whatever the quota: studies received in the last %n day(s), %1 pinned</source>
        <translation>
            <numerusform>хранятся при любой квоте: исследования, полученные за последний %n день, закреплённых: %1</numerusform>
            <numerusform>хранятся при любой квоте: исследования, полученные за последние %n дня, закреплённых: %1</numerusform>
            <numerusform>хранятся при любой квоте: исследования, полученные за последние %n дней, закреплённых: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nowhere known</source>
        <translation>нигде из известных</translation>
    </message>
    <message>
        <source>WOULD GO, HELD BY</source>
        <translation>БЫЛО БЫ ВЫТЕСНЕНО, ХРАНИТСЯ У</translation>
    </message>
    <message>
        <source>EVICTED, HELD BY</source>
        <translation>ВЫТЕСНЕНО, ХРАНИТСЯ У</translation>
    </message>
    <message>
        <source>KEPT BECAUSE</source>
        <translation>ОСТАВЛЕНО, ПОТОМУ ЧТО</translation>
    </message>
    <message>
        <source>no quota is set: give --free SIZE, or set one with dicomnet cache quota SIZE|N%</source>
        <translation>квота не задана: укажите --free РАЗМЕР или задайте её: dicomnet cache quota РАЗМЕР|N%</translation>
    </message>
    <message>
        <source>the cache is below the low-water mark of its quota: nothing to evict</source>
        <translation>кэш ниже нижней отметки квоты: вытеснять нечего</translation>
    </message>
    <message>
        <source>another process is evicting from this cache</source>
        <translation>другой процесс уже вытесняет из этого кэша</translation>
    </message>
    <message>
        <source>would free %1 of the %2 wanted</source>
        <translation>освободило бы %1 из нужных %2</translation>
    </message>
    <message>
        <source>freed %1 of the %2 wanted</source>
        <translation>освобождено %1 из нужных %2</translation>
    </message>
    <message>
        <source>all of it is here</source>
        <translation>всё здесь</translation>
    </message>
    <message numerus="yes">
        <source>brought back %n object(s)</source>
        <translation>
            <numerusform>возвращён %n объект</numerusform>
            <numerusform>возвращено %n объекта</numerusform>
            <numerusform>возвращено %n объектов</numerusform>
        </translation>
    </message>
    <message>
        <source>say what would go, change nothing</source>
        <translation>показать, что было бы вытеснено, ничего не меняя</translation>
    </message>
    <message>
        <source>evict the named studies even when no peer or portal is known to hold them</source>
        <translation>вытеснить названные исследования, даже если ни один известный узел или портал их не хранит</translation>
    </message>
    <message>
        <source>free this much</source>
        <translation>освободить столько</translation>
    </message>
    <message>
        <source>cache status [--json] | quota SIZE|N%|off | keep DAYS | pin UID | unpin UID | pins [--json] | evict [--free SIZE] [--dry-run] [--json] | evict UID... [--force] [--dry-run] | fetch UID</source>
        <translation>cache status [--json] | quota РАЗМЕР|N%|off | keep ДНЕЙ | pin UID | unpin UID | pins [--json] | evict [--free РАЗМЕР] [--dry-run] [--json] | evict UID... [--force] [--dry-run] | fetch UID</translation>
    </message>
    <message>
        <source>not a number of days: %1</source>
        <translation>это не число дней: %1</translation>
    </message>
    <message>
        <source>PINNED BY</source>
        <translation>ЗАКРЕПИЛ</translation>
    </message>
    <message>
        <source>--force needs the studies named</source>
        <translation>--force требует назвать исследования</translation>
    </message>
    <message>
        <source>--free or study UIDs, not both</source>
        <translation>--free или UID исследований, не оба сразу</translation>
    </message>
    <message>
        <source>%1 + %2 away (%3)</source>
        <translation>%1 + %2 вне кэша (%3)</translation>
    </message>
    <message>
        <source>cannot evict: %1</source>
        <translation>не удаётся вытеснить: %1</translation>
    </message>
    <message>
        <source>no such study in the cache: %1</source>
        <translation>такого исследования нет в кэше: %1</translation>
    </message>
    <message>
        <source>cannot finish an interrupted eviction: %1</source>
        <translation>не удаётся завершить прерванное вытеснение: %1</translation>
    </message>
    <message>
        <source>the study is not pinned: %1</source>
        <translation>исследование не закреплено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Bringing back %n image(s) from %1…</source>
        <translation>
            <numerusform>Возвращается %n снимок с %1…</numerusform>
            <numerusform>Возвращаются %n снимка с %1…</numerusform>
            <numerusform>Возвращаются %n снимков с %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Study held elsewhere</source>
        <translation>Исследование хранится в другом месте</translation>
    </message>
    <message>
        <source>eviction failed: %1</source>
        <translation>вытеснение не удалось: %1</translation>
    </message>
    <message numerus="yes">
        <source>evicted %n stud(ies) (%1) to stay under the quota</source>
        <translation>
            <numerusform>вытеснено %n исследование (%1), чтобы остаться в пределах квоты</numerusform>
            <numerusform>вытеснено %n исследования (%1), чтобы остаться в пределах квоты</numerusform>
            <numerusform>вытеснено %n исследований (%1), чтобы остаться в пределах квоты</numerusform>
        </translation>
    </message>
    <message>
        <source>, held by %1</source>
        <translation>, хранятся у %1</translation>
    </message>
    <message numerus="yes">
        <source>; %1 more could not go (%n stud(ies) kept by the rules)</source>
        <translation>
            <numerusform>; ещё %1 не удалось освободить (%n исследование оставлено по правилам)</numerusform>
            <numerusform>; ещё %1 не удалось освободить (%n исследования оставлено по правилам)</numerusform>
            <numerusform>; ещё %1 не удалось освободить (%n исследований оставлено по правилам)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a size: %1 (for example 500M or 2G)</source>
        <translation>это не размер: %1 (например, 500M или 2G)</translation>
    </message>
    <message>
        <source>the prior of %1 is held elsewhere: %2</source>
        <translation>предыдущее исследование от %1 хранится в другом месте: %2</translation>
    </message>
    <message>
        <source>no such study, series or object in the cache: %1</source>
        <translation>такого исследования, серии или объекта нет в кэше: %1</translation>
    </message>
    <message>
        <source>pinned by %1</source>
        <translation>закреплено: %1</translation>
    </message>
    <message>
        <source>open in a window (process %1)</source>
        <translation>открыто в окне (процесс %1)</translation>
    </message>
    <message>
        <source>received today</source>
        <translation>получено сегодня</translation>
    </message>
    <message numerus="yes">
        <source>received %n day(s) ago</source>
        <translation>
            <numerusform>получено %n день назад</numerusform>
            <numerusform>получено %n дня назад</numerusform>
            <numerusform>получено %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>a send or fetch of it is not complete (job %1)</source>
        <translation>его отправка или загрузка не завершена (задание %1)</translation>
    </message>
    <message>
        <source>a consultation draft is not signed yet</source>
        <translation>черновик консультации ещё не подписан</translation>
    </message>
    <message>
        <source>a consultation request is not answered yet</source>
        <translation>на запрос консультации ещё нет ответа</translation>
    </message>
    <message>
        <source>a document of it has not been read into the index yet</source>
        <translation>один из его документов ещё не прочитан в индекс</translation>
    </message>
    <message>
        <source>no peer or portal is known to hold all of its images (name it with --force to evict it anyway)</source>
        <translation>ни один известный узел или портал не хранит все его снимки (назовите его с --force, чтобы всё равно вытеснить)</translation>
    </message>
    <message>
        <source>none of its images are here</source>
        <translation>ни одного его снимка здесь нет</translation>
    </message>
    <message>
        <source>keep between 0 and 3650 days, not %1</source>
        <translation>от 0 до 3650 дней, а не %1</translation>
    </message>
    <message>
        <source>fetching from %1 failed: %2</source>
        <translation>загрузка с %1 не удалась: %2</translation>
    </message>
    <message>
        <source>job %1 fetching from %2 has not finished; it goes on</source>
        <translation>задание %1 загрузки с %2 не завершено; оно продолжается</translation>
    </message>
    <message>
        <source>evicted by force, held nowhere known</source>
        <translation>вытеснено принудительно, нигде из известных не хранится</translation>
    </message>
    <message>
        <source>%1 is no longer a known peer</source>
        <translation>%1 больше не известный узел</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) of the study are still away (%1)</source>
        <translation>
            <numerusform>%n объект исследования всё ещё вне кэша (%1)</numerusform>
            <numerusform>%n объекта исследования всё ещё вне кэша (%1)</numerusform>
            <numerusform>%n объектов исследования всё ещё вне кэша (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + %2 away</source>
        <translation>%1 + %2 вне кэша</translation>
    </message>
    <message>
        <source>a radiograph (%1)</source>
        <translation>рентгенограмма (%1)</translation>
    </message>
    <message>
        <source>an image of no stated modality</source>
        <translation>изображение без указанной модальности</translation>
    </message>
    <message>
        <source>a %1 image</source>
        <translation>изображение %1</translation>
    </message>
    <message>
        <source>%1 cannot be compared with %2: choose one of the same kind</source>
        <translation>нельзя сравнить: %1 и %2 — разного вида; выберите снимок того же вида</translation>
    </message>
    <message>
        <source>an image of the %1 cannot be compared with one of the %2</source>
        <translation>нельзя сравнить снимки разных областей: %1 и %2</translation>
    </message>
    <message>
        <source>no &quot;overlays&quot; list</source>
        <translation>нет списка «overlays»</translation>
    </message>
    <message>
        <source>overlay %1: unknown field &quot;%2&quot; (known: %3)</source>
        <translation>наложение %1: неизвестное поле «%2» (известные: %3)</translation>
    </message>
    <message>
        <source>M</source>
        <comment>sex</comment>
        <translation>М</translation>
    </message>
    <message>
        <source>F</source>
        <comment>sex</comment>
        <translation>Ж</translation>
    </message>
    <message>
        <source>O</source>
        <comment>sex</comment>
        <translation>Д</translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <comment>age in years</comment>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <comment>age in months</comment>
        <translation>
            <numerusform>%n мес.</numerusform>
            <numerusform>%n мес.</numerusform>
            <numerusform>%n мес.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>age in days</comment>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>sex, age</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>without the identification burned in</source>
        <translation>без впечатанных данных пациента</translation>
    </message>
    <message>
        <source>compare CURRENT PRIOR [--out DIFF.png|DIFF.jpg] [--plain] [--json] [--again]</source>
        <translation>compare CURRENT PRIOR [--out DIFF.png|DIFF.jpg] [--plain] [--json] [--again]</translation>
    </message>
    <message>
        <source>--out names a .png or .jpg file, not %1</source>
        <translation>--out должен указывать файл .png или .jpg, а не %1</translation>
    </message>
    <message>
        <source>CHANGES since %1 (prior aligned)</source>
        <translation>ИЗМЕНЕНИЯ с %1 (предыдущее совмещено)</translation>
    </message>
    <message>
        <source>the picture to write (.png or .jpg)</source>
        <translation>изображение для записи (.png или .jpg)</translation>
    </message>
    <message>
        <source>image N of the series (or the study&apos;s first series)</source>
        <translation>изображение N серии (или первой серии исследования)</translation>
    </message>
    <message>
        <source>render UID_OR_FILE --out FILE.png|FILE.jpg [--frame N] [--slice N] [--window CENTER,WIDTH] [--plain]</source>
        <translation>render UID_ИЛИ_ФАЙЛ --out ФАЙЛ.png|ФАЙЛ.jpg [--frame N] [--slice N] [--window ЦЕНТР,ШИРИНА] [--plain]</translation>
    </message>
    <message>
        <source>--slice takes a number from 1</source>
        <translation>--slice принимает число от 1</translation>
    </message>
    <message>
        <source>--slice takes a series or study UID, not a file</source>
        <translation>--slice принимает UID серии или исследования, а не файл</translation>
    </message>
    <message>
        <source>Image %1/%2</source>
        <translation>Изображение %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2</source>
        <translation>Кадр %1/%2</translation>
    </message>
    <message>
        <source>W/L %1/%2</source>
        <translation>W/L %1/%2</translation>
    </message>
    <message>
        <source>%1×%2, image %3 of %4 → %5</source>
        <translation>%1×%2, изображение %3 из %4 → %5</translation>
    </message>
    <message>
        <source>%1: cannot read it (at most 1 MB)</source>
        <translation>%1: не удаётся прочитать (не более 1 МБ)</translation>
    </message>
    <message>
        <source>--slice takes a series or study UID, not an image&apos;s</source>
        <translation>--slice принимает UID серии или исследования, а не изображения</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UID in the cache</source>
        <translation>«%1» — не UID из кэша</translation>
    </message>
    <message numerus="yes">
        <source>the series has %n image(s): --slice 1 to %n</source>
        <translation>
            <numerusform>в серии %n изображение: --slice от 1 до %n</numerusform>
            <numerusform>в серии %n изображения: --slice от 1 до %n</numerusform>
            <numerusform>в серии %n изображений: --slice от 1 до %n</numerusform>
        </translation>
    </message>
    <message>
        <source>free, chest-xray-covid or chest-ct-covid (default: the one for the study&apos;s modality and body part)</source>
        <translation>free, chest-xray-covid или chest-ct-covid (по умолчанию — шаблон для модальности и области исследования)</translation>
    </message>
    <message>
        <source>consult new STUDY_UID [--template NAME] [--text TEXT] [--field KEY=VALUE ...] --author NAME [--organisation ORG] [--key-image UID ...]</source>
        <translation>consult new STUDY_UID [--template ИМЯ] [--text ТЕКСТ] [--field КЛЮЧ=ЗНАЧЕНИЕ ...] --author ИМЯ [--organisation ОРГ] [--key-image UID ...]</translation>
    </message>
    <message>
        <source>alignment kept with the pair</source>
        <translation>совмещение сохранено с парой</translation>
    </message>
    <message>
        <source>this series is not a volume: no 3D view</source>
        <translation>эта серия не является объёмом: 3D недоступно</translation>
    </message>
    <message>
        <source>3D: %1 frames a second at full quality, %2 while turning, at %3×%4, %5</source>
        <translation>3D: %1 кадров в секунду в полном качестве, %2 при вращении, %3×%4, %5</translation>
    </message>
    <message>
        <source>%1 (%2×3 planes)</source>
        <translation>%1 (%2×3 плоскости)</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>a protocol has no name</source>
        <translation>у протокола нет названия</translation>
    </message>
    <message>
        <source>two protocols are named &quot;%1&quot;</source>
        <translation>два протокола называются «%1»</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 требует значение</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>неизвестный параметр %1</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>неизвестная подкоманда «%1»</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (en, ro or ru)</source>
        <translation>неизвестный язык «%1» (en, ro или ru)</translation>
    </message>
    <message>
        <source>Usage: dicomnet [--data-dir DIR] [--lang ro|ru|en] [--user LOGIN [--password-file F]]
                [SUBCOMMAND ...]
Without a subcommand the workstation window opens. --data-dir, --lang and
--single-user may also follow the subcommand; SUBCOMMAND --help shows its lines.

Subcommands:
  import PATH...                   import files, folders, DICOMDIRs and .zip archives
  ls patients|studies [--json]     list the cache
  ls series STUDY_UID [--json]     list a study&apos;s series
  ls instances SERIES_UID [--json] list a series&apos; instances
  history PATIENT_ID [--issuer X] [--json]
                                   every study of a patient, oldest first
  check                            verify the index against the stored files
  cache status [--json] | cache quota SIZE|N%|off | cache keep DAYS
                                   the room the cache takes, the disk, the quota
  cache evict [--free SIZE] [--dry-run] | cache evict UID... [--force] [--dry-run]
                                   least recently used studies out (held elsewhere)
  cache pin|unpin UID | cache pins | cache fetch UID
                                   keep a study here; bring an evicted one back
  listen [--port N] [--aet AE] [--max-associations N] [--tls] [--known-peers-only]
                                   receive studies (C-ECHO, C-STORE) until Ctrl-C
  certs init --org NAME [--node NAME] | certs issue NAME [--out DIR]
                                   the site CA and certificates for DICOM TLS
  certs person &quot;FULL NAME&quot; [--out DIR]
                                   a person&apos;s signing certificate (key encrypted)
  users add LOGIN --name &quot;FAMILY^GIVEN&quot; --role ROLE [--cert FILE] [--password-file F]
  users list [--json] | users disable|enable LOGIN | users passwd LOGIN [--password-file F]
                                   the people who use this workstation, their roles
  session start [--minutes N] | session end | session status
                                   run commands without --user for a while (this machine)
  share STUDY_UID --with LOGIN     let a consultant see and open a study
  audit [--patient ID] [--user LOGIN] [--since YYYY-MM-DD] [--json] | audit verify
                                   who did what to which data; verify: exit 3 if altered
  audit seal                       sign the newest record with this node&apos;s key
  audit ... --atna [--append FILE] as DICOM audit messages (PS3.15 A.5), one a line
  audit forward [--to HOST:PORT [--ca FILE] | --off | --status]
                                   to a syslog collector over TLS (RFC 5425)
  peers add NAME --aet AE --host H --port P [--tls [--certificate FILE]] [--external]
                                   [--compress]
  peers add NAME --dicomweb URL [--user U --password-file F | --token-file F] [--ca F]
  peers list [--json] | peers remove NAME
  echo PEER                        C-ECHO a peer
  send PEER UID... [--json] [--again] [--queue] [--wait SECONDS]
                                   send studies, series or instances (a job: resumed
                                   after a restart, nothing sent twice, checked after)
  jobs [--json] | jobs show|retry|cancel ID
  sync [--once]                    run the queued jobs
  rules add [--from-ae AE] [--modality MOD] --to PEER | rules list | rules remove ID
                                   forward what arrives, by itself
  find PEER [--patient-id X] [--patient-name X] [--modality X] [--date FROM-TO] [--json]
  find PEER --study UID [--series UID] [--json]
                                   query a peer (C-FIND), down to series and instances
  retrieve PEER UID [--level STUDY|SERIES|IMAGE] [--study UID] [--series UID] [--move]
                                   fetch from a peer (C-GET, else C-MOVE to here)
  render UID_OR_FILE --out FILE.png|FILE.jpg [--frame N] [--slice N]
         [--window CENTER,WIDTH] [--plain]
                                   one image as the viewer shows it, identified
  compare CURRENT PRIOR [--out DIFF.png|DIFF.jpg] [--plain] [--json] [--again]
                                   align a prior film onto the current one, show changes
  view UID [--layout 1x1|1x2|2x1|2x2] [--mpr] [--screenshot FILE]
  view UID --compare [--mode side-by-side|changes|flicker|curtain] [--screenshot FILE]
  view UID --3d [--preset bone|lung|soft-tissue|mr|mip] [--renderer gpu|cpu] [--screenshot FILE]
                                   open a study or series in the viewer window
  consult new STUDY_UID [--template NAME] [--text T] [--field KEY=VALUE ...] --author NAME
  consult list [STUDY_UID] [--json] | consult show UID_OR_FILE
  consult sign UID --cert FILE --key FILE | consult verify UID_OR_FILE [--ca FILE]
  consult request STUDY_UID --question TEXT [--urgency U] [--for NAME] --author NAME
  consult amend UID [--text T] [--field KEY=VALUE ...] | consult waiting --me NAME
  consult export UID --pdf FILE
                                   consultations as DICOM SR: ask, write, sign, check
  export UID... --out DIR [--json] objects from the cache as DICOM files
  anonymize UID... --out DIR [--keep-device] [--keep-descriptors] [--remove-dates]
                                   de-identified copies (PS3.15 Annex E basic profile)
  stats [--from DATE] [--to DATE] [--by month|week|year|modality|source|reader]
        [--portal NAME] [--json|--csv]
  stats cost [AMOUNT [CURRENCY]]
                                   investigations, COVID-19 share, consultations, turnaround,
                                   readers, savings (counts only)
  features [--rebuild] [--json] | features status | features background on|off
                                   descriptors of films and CT series (learning)
  features models [--json]         the site&apos;s own ONNX models, loaded and run once
  similar UID [--k N] [--same-patient] [--json]
                                   the most alike studies of other patients
  suggest STUDY_UID [--json]       scores the signed cases suggest; novelty
  worklist [--me NAME] [--json] | worklist rules
                                   what waits for reading, most pressing first
  portal init DIR --host NAME --workstation NAME=AE[@HOST[:PORT]]... [--name N]
              [--aet AE] [--dicom-port N] [--https-port N] [--http-port N]
              [--postgres-port N]
                                   the department&apos;s portal (Orthanc on PostgreSQL)
  portal join FOLDER               join it with what portal init wrote for this
                                   workstation (certificates, peers, AE title)
  demo                             add the demo patient (chest X-rays, chest CT)

The data directory defaults to $DICOMNET_HOME, else the user&apos;s application data.
Once it has users, every subcommand signs one in (--user; the password from
--password-file, else asked) and checks what their role may do.
The first start chooses: with users (--user LOGIN --admin-password-file FILE creates
the administrator; asked on a terminal) or --single-user (no sign-in; also
DICOMNET_SINGLE_USER=1).
</source>
        <translation>Использование: dicomnet [--data-dir DIR] [--lang ro|ru|en] [--user ЛОГИН [--password-file F]]
                [SUBCOMMAND ...]
Без подкоманды открывается окно рабочей станции. --data-dir, --lang и
--single-user можно указывать и после подкоманды; ПОДКОМАНДА --help показывает её строки.

Подкоманды:
  import PATH...                   импорт файлов, папок, DICOMDIR и .zip-архивов
  ls patients|studies [--json]     список содержимого кэша
  ls series STUDY_UID [--json]     серии исследования
  ls instances SERIES_UID [--json] экземпляры серии
  history PATIENT_ID [--issuer X] [--json]
                                   все исследования пациента, сначала старые
  check                            сверить индекс с сохранёнными файлами
  cache status [--json] | cache quota РАЗМЕР|N%|off | cache keep ДНЕЙ
                                   Ð¼ÐµÑÑÐ¾, Ð·Ð°Ð½ÑÑÐ¾Ðµ ÐºÑÑÐµÐ¼, Ð´Ð¸ÑÐº, ÐºÐ²Ð¾ÑÐ°
  cache evict [--free РАЗМЕР] [--dry-run] | cache evict UID... [--force] [--dry-run]
                                   вытеснить давно не использованные (хранятся в другом месте)
  cache pin|unpin UID | cache pins | cache fetch UID
                                   оставить исследование здесь; вернуть вытесненное
  listen [--port N] [--aet AE] [--max-associations N] [--tls] [--known-peers-only]
                                   принимать исследования (C-ECHO, C-STORE) до Ctrl-C
  certs init --org NAME [--node NAME] | certs issue NAME [--out DIR]
                                   УЦ учреждения и сертификаты для DICOM TLS
  certs person &quot;ПОЛНОЕ ИМЯ&quot; [--out DIR]
                                   сертификат подписи человека (ключ зашифрован)
  users add LOGIN --name &quot;ФАМИЛИЯ^ИМЯ&quot; --role РОЛЬ [--cert ФАЙЛ] [--password-file F]
  users list [--json] | users disable|enable LOGIN | users passwd LOGIN [--password-file F]
                                   люди, работающие на станции, и их роли
  session start [--minutes N] | session end | session status
                                   команды без --user на время (этот компьютер)
  share STUDY_UID --with ЛОГИН     открыть исследование консультанту
  audit [--patient ID] [--user ЛОГИН] [--since ГГГГ-ММ-ДД] [--json] | audit verify
                                   кто что сделал с какими данными; verify: код 3 при подделке
  audit seal                       подписать новейшую запись ключом этого узла
  audit ... --atna [--append ФАЙЛ] как сообщения аудита DICOM (PS3.15 A.5), по одному в строке
  audit forward [--to ХОСТ:ПОРТ [--ca ФАЙЛ] | --off | --status]
                                   сборщику syslog по TLS (RFC 5425)
  peers add NAME --aet AE --host H --port P [--tls [--certificate FILE]] [--external]
                                   [--compress]
  peers add NAME --dicomweb URL [--user U --password-file F | --token-file F] [--ca F]
  peers list [--json] | peers remove NAME
  echo PEER                        C-ECHO узла
  send PEER UID... [--json] [--again] [--queue] [--wait SECONDS]
                                   отправить исследования, серии или экземпляры (задание:
                                   продолжается после перезапуска, без повторов, с проверкой)
  jobs [--json] | jobs show|retry|cancel ID
  sync [--once]                    выполнить задания из очереди
  rules add [--from-ae AE] [--modality MOD] --to PEER | rules list | rules remove ID
                                   пересылать поступающее автоматически
  find PEER [--patient-id X] [--patient-name X] [--modality X] [--date FROM-TO] [--json]
  find PEER --study UID [--series UID] [--json]
                                   запросить узел (C-FIND) вплоть до серий и экземпляров
  retrieve PEER UID [--level STUDY|SERIES|IMAGE] [--study UID] [--series UID] [--move]
                                   получить с узла (C-GET, иначе C-MOVE сюда)
  render UID_OR_FILE --out ФАЙЛ.png|ФАЙЛ.jpg [--frame N] [--slice N]
         [--window ЦЕНТР,ШИРИНА] [--plain]
                                   одно изображение, как его показывает просмотрщик, с данными пациента
  compare CURRENT PRIOR [--out DIFF.png|DIFF.jpg] [--plain] [--json] [--again]
                                   совместить предыдущий снимок с текущим, показать изменения
  view UID [--layout 1x1|1x2|2x1|2x2] [--mpr] [--screenshot ФАЙЛ]
  view UID --compare [--mode side-by-side|changes|flicker|curtain] [--screenshot ФАЙЛ]
  view UID --3d [--preset bone|lung|soft-tissue|mr|mip] [--renderer gpu|cpu] [--screenshot ФАЙЛ]
                                   открыть исследование или серию в просмотрщике
  consult new STUDY_UID [--template ИМЯ] [--text T] [--field КЛЮЧ=ЗНАЧЕНИЕ ...] --author ИМЯ
  consult list [STUDY_UID] [--json] | consult show UID_ИЛИ_ФАЙЛ
  consult sign UID --cert ФАЙЛ --key ФАЙЛ | consult verify UID_ИЛИ_ФАЙЛ [--ca ФАЙЛ]
  consult request STUDY_UID --question ТЕКСТ [--urgency U] [--for ИМЯ] --author ИМЯ
  consult amend UID [--text T] [--field КЛЮЧ=ЗНАЧЕНИЕ ...] | consult waiting --me ИМЯ
  consult export UID --pdf ФАЙЛ
                                   консультации как DICOM SR: запрос, написание, подпись, проверка
  export UID... --out DIR [--json] объекты из кэша как файлы DICOM
  anonymize UID... --out DIR [--keep-device] [--keep-descriptors] [--remove-dates]
                                   обезличенные копии (PS3.15, прил. E, базовый профиль)
  stats [--from ДАТА] [--to ДАТА] [--by month|week|year|modality|source|reader]
        [--portal ИМЯ] [--json|--csv]
  stats cost [СУММА [ВАЛЮТА]]
                                   исследования, доля COVID-19, консультации, сроки,
                                   читающие врачи, экономия (только числа)
  features [--rebuild] [--json] | features status | features background on|off
                                   Ð´ÐµÑÐºÑÐ¸Ð¿ÑÐ¾ÑÑ ÑÐ½Ð¸Ð¼ÐºÐ¾Ð² Ð¸ ÑÐµÑÐ¸Ð¹ ÐÐ¢ (Ð¾Ð±ÑÑÐµÐ½Ð¸Ðµ)
  features models [--json]         ÑÐ¾Ð±ÑÑÐ²ÐµÐ½Ð½ÑÐµ ONNX-Ð¼Ð¾Ð´ÐµÐ»Ð¸ ÑÑÑÐµÐ¶Ð´ÐµÐ½Ð¸Ñ, Ð·Ð°Ð³ÑÑÐ¶ÐµÐ½Ñ Ð¸ Ð·Ð°Ð¿ÑÑÐµÐ½Ñ Ð¾Ð´Ð¸Ð½ ÑÐ°Ð·
  similar UID [--k N] [--same-patient] [--json]
                                   ÑÐ°Ð¼ÑÐµ Ð¿Ð¾Ñ&#x85;Ð¾Ð¶Ð¸Ðµ Ð¸ÑÑÐ»ÐµÐ´Ð¾Ð²Ð°Ð½Ð¸Ñ Ð´ÑÑÐ³Ð¸Ñ&#x85; Ð¿Ð°ÑÐ¸ÐµÐ½ÑÐ¾Ð²
  suggest STUDY_UID [--json]       Ð¾ÑÐµÐ½ÐºÐ¸, Ð¿Ð¾Ð´ÑÐºÐ°Ð·Ð°Ð½Ð½ÑÐµ Ð¿Ð¾Ð´Ð¿Ð¸ÑÐ°Ð½Ð½ÑÐ¼Ð¸ ÑÐ»ÑÑÐ°ÑÐ¼Ð¸; Ð½Ð¾Ð²Ð¸Ð·Ð½Ð°
  worklist [--me NAME] [--json] | worklist rules
                                   ÑÑÐ¾ Ð¶Ð´ÑÑ Ð¾Ð¿Ð¸ÑÐ°Ð½Ð¸Ñ, ÑÐ°Ð¼Ð¾Ðµ ÑÑÐ¾ÑÐ½Ð¾Ðµ Ð¿ÐµÑÐ²ÑÐ¼
  portal init DIR --host ИМЯ --workstation ИМЯ=AE[@ХОСТ[:ПОРТ]]... [--name N]
              [--aet AE] [--dicom-port N] [--https-port N] [--http-port N]
              [--postgres-port N]
                                   портал отделения (Orthanc на PostgreSQL)
  portal join ПАПКА                подключиться по тому, что portal init записал
                                   для этой станции (сертификаты, узлы, AE-титул)
  demo                             добавить демонстрационного пациента (рентгенограммы грудной клетки, КТ)

Папка данных по умолчанию — $DICOMNET_HOME, иначе данные приложения пользователя.
Если в ней есть пользователи, каждая подкоманда выполняет вход (--user; пароль из
--password-file, иначе запрашивается) и проверяет, что разрешает роль.
Первый запуск выбирает: с пользователями (--user ЛОГИН --admin-password-file ФАЙЛ создаёт
администратора; в терминале спрашивается) или --single-user (без входа; также
DICOMNET_SINGLE_USER=1).
</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID пациента</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Пациент:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Проверить цепочку</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;The chain is broken at record %1: %2&lt;/b&gt;. Records may have been changed, removed or reordered.</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;Цепочка нарушена на записи %1: %2&lt;/b&gt;. Записи могли быть изменены, удалены или переставлены.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#1b5e20&apos;&gt;The chain is intact&lt;/b&gt;: %n record(s), each fits the one before.</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#1b5e20&apos;&gt;Цепочка цела&lt;/b&gt;: %n запись, каждая согласуется с предыдущей.</numerusform>
            <numerusform>&lt;b style=&apos;color:#1b5e20&apos;&gt;Цепочка цела&lt;/b&gt;: %n записи, каждая согласуется с предыдущей.</numerusform>
            <numerusform>&lt;b style=&apos;color:#1b5e20&apos;&gt;Цепочка цела&lt;/b&gt;: %n записей, каждая согласуется с предыдущей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::BrixiaDiagram</name>
    <message>
        <source>Click a zone to raise its score, right-click to lower it</source>
        <translation>Щелчок по зоне повышает её оценку, правый щелчок — понижает</translation>
    </message>
    <message>
        <source>R</source>
        <translation>П</translation>
    </message>
    <message>
        <source>L</source>
        <translation>Л</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::BrowserWorker</name>
    <message>
        <source>priority %1: %2</source>
        <translation>приоритет %1: %2</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::ComparisonController</name>
    <message>
        <source>Compare with previous</source>
        <translation>Сравнить с предыдущим</translation>
    </message>
    <message>
        <source>The current study beside the most relevant earlier one (%1)</source>
        <translation>Текущее исследование рядом с наиболее подходящим предыдущим (%1)</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Совмещено</translation>
    </message>
    <message>
        <source>Show the prior film aligned onto the current one</source>
        <translation>Показать предыдущий снимок, совмещённый с текущим</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Flicker</source>
        <translation>Мерцание</translation>
    </message>
    <message>
        <source>Curtain</source>
        <translation>Шторка</translation>
    </message>
    <message>
        <source>Curtain: current on the left, prior on the right</source>
        <translation>Шторка: текущий слева, предыдущий справа</translation>
    </message>
    <message>
        <source>Link scroll</source>
        <translation>Связать прокрутку</translation>
    </message>
    <message>
        <source>Link zoom/pan</source>
        <translation>Связать масштаб/сдвиг</translation>
    </message>
    <message>
        <source>Link window</source>
        <translation>Связать окно</translation>
    </message>
    <message>
        <source>Open a study first.</source>
        <translation>Сначала откройте исследование.</translation>
    </message>
    <message>
        <source>Prior %1 · %2</source>
        <translation>Предыдущее %1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 prior(s) of %3</source>
        <translation>%1: предыдущих %2, от %3</translation>
    </message>
    <message>
        <source>The alignment could not be kept: %1</source>
        <translation>Не удалось сохранить совмещение: %1</translation>
    </message>
    <message>
        <source>Volumes aligned (kept with the pair): scrolling follows the anatomy.</source>
        <translation>Объёмы совмещены (сохранено с парой): прокрутка следует анатомии.</translation>
    </message>
    <message>
        <source>The volumes could not be aligned: %1; scrolling follows by relative position in the stacks</source>
        <translation>Не удалось совместить объёмы: %1; прокрутка следует относительному положению в сериях</translation>
    </message>
    <message>
        <source>Volumes aligned in %1 s: scrolling follows the anatomy.</source>
        <translation>Объёмы совмещены за %1 с: прокрутка следует анатомии.</translation>
    </message>
    <message>
        <source>Aligning the prior volume (another frame of reference)…</source>
        <translation>Совмещение предыдущего объёма (другая система координат)…</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /с</translation>
    </message>
    <message>
        <source>Flicker: cycles a second</source>
        <translation>Мерцание: циклов в секунду</translation>
    </message>
    <message>
        <source>PRIOR</source>
        <translation>ПРЕДЫДУЩЕЕ</translation>
    </message>
    <message>
        <source>Hanging protocols…</source>
        <translation>Протоколы раскладки…</translation>
    </message>
    <message>
        <source>How comparisons are laid out: your own protocols, tried first</source>
        <translation>Как раскладываются сравнения: ваши протоколы, проверяемые первыми</translation>
    </message>
    <message numerus="yes">
        <source>Hanging protocols saved: %n of your own, tried first.</source>
        <translation>
            <numerusform>Протоколы раскладки сохранены: %n ваш, проверяется первым.</numerusform>
            <numerusform>Протоколы раскладки сохранены: %n ваших, проверяются первыми.</numerusform>
            <numerusform>Протоколы раскладки сохранены: %n ваших, проверяются первыми.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::ConsultationEditor</name>
    <message>
        <source>No study</source>
        <translation>Нет исследования</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Key images</source>
        <translation>Ключевые изображения</translation>
    </message>
    <message>
        <source>Add the image shown</source>
        <translation>Добавить показанное изображение</translation>
    </message>
    <message>
        <source>The image in the active viewport, with its measurements</source>
        <translation>Изображение в активном окне, с его измерениями</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Подписать…</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Save the consultation as PDF</source>
        <translation>Сохранить консультацию как PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the study&apos;s consultations…</source>
        <translation>Чтение консультаций исследования…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Request&lt;/b&gt; (%1, %2) from %3 to %4: %5</source>
        <translation>&lt;b&gt;Запрос&lt;/b&gt; (%1, %2) от %3 для %4: %5</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; by %2. &lt;span style=&apos;color:%3&apos;&gt;%4&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, автор %2. &lt;span style=&apos;color:%3&apos;&gt;%4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Не подписана</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt; by %1, not signed yet.</source>
        <translation>&lt;b&gt;Черновик&lt;/b&gt;, автор %1, ещё не подписан.</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Изображение %1</translation>
    </message>
    <message>
        <source>No consultation yet.</source>
        <translation>Консультации пока нет.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Ответа пока нет.</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4</source>
        <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>request</source>
        <translation>запрос</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; of %3</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt; из %3</translation>
    </message>
    <message>
        <source>%1: when every part is scored</source>
        <translation>%1: когда оценены все части</translation>
    </message>
    <message>
        <source>No image is shown</source>
        <translation>Изображение не показано</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) drawn</source>
        <translation>
            <numerusform>%n область нарисована</numerusform>
            <numerusform>%n области нарисованы</numerusform>
            <numerusform>%n областей нарисовано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Image added to the consultation, with %n region(s)</source>
        <translation>
            <numerusform>Изображение добавлено в консультацию, %n область</numerusform>
            <numerusform>Изображение добавлено в консультацию, %n области</numerusform>
            <numerusform>Изображение добавлено в консультацию, %n областей</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Amending&lt;/b&gt;: the signed version stays; yours will name it.</source>
        <translation>&lt;b&gt;Исправление&lt;/b&gt;: подписанная версия остаётся; ваша будет на неё ссылаться.</translation>
    </message>
    <message>
        <source>Write your name as the author first</source>
        <translation>Сначала укажите своё имя как автора</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Подписание…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Signed: the consultation is final</source>
        <translation>Подписано: консультация окончательная</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Черновик сохранён</translation>
    </message>
    <message>
        <source>Save the draft first: the PDF shows what is stored</source>
        <translation>Сначала сохраните черновик: PDF показывает сохранённое</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записан %1</translation>
    </message>
    <message>
        <source>Save the draft first: what is printed is what is stored</source>
        <translation>Сначала сохраните черновик: печатается сохранённое</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Вход выполнен как %1</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::DocumentDialog</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Открыть PDF</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Не подписана</translation>
    </message>
    <message>
        <source>A PDF document</source>
        <translation>Документ PDF</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::FirstStartDialog</name>
    <message>
        <source>dicomnet — first start</source>
        <translation>dicomnet — первый запуск</translation>
    </message>
    <message>
        <source>&lt;b&gt;How will this workstation be used?&lt;/b&gt;&lt;br&gt;Data directory: %1</source>
        <translation>&lt;b&gt;Как будет использоваться эта станция?&lt;/b&gt;&lt;br&gt;Каталог данных: %1</translation>
    </message>
    <message>
        <source>With users — create the administrator now; everyone signs in, and what each may do follows their role</source>
        <translation>С пользователями — создать администратора сейчас; каждый входит в систему, и его права зависят от роли</translation>
    </message>
    <message>
        <source>Administrator&apos;s login:</source>
        <translation>Логин администратора:</translation>
    </message>
    <message>
        <source>Family^Given, e.g. Rusu^Ana</source>
        <translation>Фамилия^Имя, напр. Rusu^Ana</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Полное имя:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Ещё раз:</translation>
    </message>
    <message>
        <source>Single user — one person, no sign-in (a demonstration, a personal workstation). Users can be added later.</source>
        <translation>Один пользователь — один человек, без входа (демонстрация, личная станция). Пользователей можно добавить позже.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>Пароли не совпадают</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::HangingProtocolDialog</name>
    <message>
        <source>Hanging protocols</source>
        <translation>Протоколы раскладки</translation>
    </message>
    <message>
        <source>Yours, tried first (top to bottom):</source>
        <translation>Ваши, проверяются первыми (сверху вниз):</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Built in, tried after yours:</source>
        <translation>Встроенные, проверяются после ваших:</translation>
    </message>
    <message>
        <source>Copy to mine</source>
        <translation>Копировать в мои</translation>
    </message>
    <message>
        <source>%1 — saving replaces it.</source>
        <translation>%1 — сохранение заменит его.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>e.g. CR DX (empty: any)</source>
        <translation>напр. CR DX (пусто: любая)</translation>
    </message>
    <message>
        <source>Modalities:</source>
        <translation>Модальности:</translation>
    </message>
    <message>
        <source>e.g. CHEST (empty: any)</source>
        <translation>напр. CHEST (пусто: любая)</translation>
    </message>
    <message>
        <source>Body parts:</source>
        <translation>Области тела:</translation>
    </message>
    <message>
        <source>Earlier studies:</source>
        <translation>Предыдущих исследований:</translation>
    </message>
    <message>
        <source>Layout (rows × columns):</source>
        <translation>Раскладка (строки × столбцы):</translation>
    </message>
    <message>
        <source>Align X-ray films onto the current one</source>
        <translation>Совмещать рентгенограммы с текущей</translation>
    </message>
    <message>
        <source>Each study as axial, coronal and sagittal planes (CT, MR)</source>
        <translation>Каждое исследование в аксиальной, корональной и сагиттальной плоскостях (КТ, МРТ)</translation>
    </message>
    <message>
        <source>New protocol %1</source>
        <translation>Новый протокол %1</translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation>%1 (мой)</translation>
    </message>
    <message>
        <source>A %1 study of the %2 would match no protocol.</source>
        <translation>Исследованию %1, область %2, не подошёл бы ни один протокол.</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(любая)</translation>
    </message>
    <message>
        <source>A %1 study of the %2 would open with: %3</source>
        <translation>Исследование %1, область %2, откроется с протоколом: %3</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::JobsDialog</name>
    <message>
        <source>Jobs</source>
        <translation>Задания</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Отменить задание</translation>
    </message>
    <message>
        <source>%1 of %2 there (%3 sent, %4 already there)%5</source>
        <translation>%1 из %2 на месте (%3 отправлено, %4 уже было)%5</translation>
    </message>
    <message>
        <source>, %1 refused</source>
        <translation>, %1 отклонено</translation>
    </message>
    <message>
        <source>Jobs — %1</source>
        <translation>Задания — %1</translation>
    </message>
    <message>
        <source>, %1 not fetched</source>
        <translation>, не получено %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>%1 of %2 here (%3 fetched, %4 already here)%5</source>
        <translation>%1 из %2 здесь (%3 получено, %4 уже здесь)%5</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Узел</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::ListenerStatus</name>
    <message>
        <source>● Receiving as %1, port %2</source>
        <translation>● Приём как %1, порт %2</translation>
    </message>
    <message>
        <source>○ Not receiving</source>
        <translation>○ Приём выключен</translation>
    </message>
    <message>
        <source>⚠ Not receiving: %1</source>
        <translation>⚠ Приём выключен: %1</translation>
    </message>
    <message>
        <source>%1 %2 %3 from %4</source>
        <translation>%1 %2 %3 от %4</translation>
    </message>
    <message numerus="yes">
        <source> — last: %1 (%n received)</source>
        <translation>
            <numerusform> — последнее: %1 (получено %n)</numerusform>
            <numerusform> — последнее: %1 (получено %n)</numerusform>
            <numerusform> — последнее: %1 (получено %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing received yet</source>
        <translation>Пока ничего не получено</translation>
    </message>
    <message>
        <source>● Receiving as %1, port %2 (TLS)</source>
        <translation>● Приём как %1, порт %2 (TLS)</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::LockScreen</name>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;&lt;p&gt;%1 was signed in. Sign in again to go on; another user may sign in instead (what was open is then closed).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Заблокировано&lt;/h2&gt;&lt;p&gt;Был выполнен вход: %1. Войдите снова, чтобы продолжить; вместо него может войти другой пользователь (тогда открытое будет закрыто).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::MainWindow</name>
    <message>
        <source>dicomnet — studies</source>
        <translation>dicomnet — исследования</translation>
    </message>
    <message>
        <source>Importing %v / %m</source>
        <translation>Импорт %v / %m</translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation>Остановить импорт</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n пациент</numerusform>
            <numerusform>%n пациента</numerusform>
            <numerusform>%n пациентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies)</source>
        <translation>
            <numerusform>%n исследование</numerusform>
            <numerusform>%n исследования</numerusform>
            <numerusform>%n исследований</numerusform>
        </translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Кэш: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Импорт &amp;файлов…</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <source>DICOM files, DICOMDIR and zip archives (*);;Zip archives (*.zip)</source>
        <translation>Файлы DICOM, DICOMDIR и zip-архивы (*);;Zip-архивы (*.zip)</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About dicomnet</source>
        <translation>&amp;О программе dicomnet</translation>
    </message>
    <message>
        <source>About dicomnet</source>
        <translation>О программе dicomnet</translation>
    </message>
    <message>
        <source>&lt;b&gt;dicomnet %1&lt;/b&gt;&lt;p&gt;A radiology workstation for remote consultation.&lt;/p&gt;&lt;p&gt;Cache: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;dicomnet %1&lt;/b&gt;&lt;p&gt;Рабочая станция рентгенолога для дистанционных консультаций.&lt;/p&gt;&lt;p&gt;Кэш: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The language changes when dicomnet starts again.</source>
        <translation>Язык изменится при следующем запуске dicomnet.</translation>
    </message>
    <message>
        <source>Importing: %1 imported, %2 duplicates, %3 skipped, %4 rejected</source>
        <translation>Импорт: импортировано %1, дубликатов %2, пропущено %3, отклонено %4</translation>
    </message>
    <message>
        <source>Import: %1 imported, %2 duplicates, %3 skipped (not DICOM), %4 rejected</source>
        <translation>Импорт: импортировано %1, дубликатов %2, пропущено (не DICOM) %3, отклонено %4</translation>
    </message>
    <message>
        <source> — stopped</source>
        <translation> — остановлен</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Импорт остановлен: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Сеть</translation>
    </message>
    <message>
        <source>&amp;Peers…</source>
        <translation>&amp;Узлы…</translation>
    </message>
    <message>
        <source>&amp;Receiving…</source>
        <translation>&amp;Приём…</translation>
    </message>
    <message>
        <source>Refused a sender: %1</source>
        <translation>Отправитель отклонён: %1</translation>
    </message>
    <message>
        <source>&amp;Query and retrieve…</source>
        <translation>&amp;Запрос и получение…</translation>
    </message>
    <message>
        <source>Choose the study the request is about first</source>
        <translation>Сначала выберите исследование, к которому относится запрос</translation>
    </message>
    <message>
        <source>Consultation requested</source>
        <translation>Консультация запрошена</translation>
    </message>
    <message>
        <source>&amp;Consultation</source>
        <translation>&amp;Консультация</translation>
    </message>
    <message>
        <source>&amp;Request a consultation…</source>
        <translation>&amp;Запросить консультацию…</translation>
    </message>
    <message>
        <source>&amp;Waiting for me</source>
        <translation>&amp;Ждёт меня</translation>
    </message>
    <message>
        <source>Sending to %1 (job %2)</source>
        <translation>Отправка на %1 (задание %2)</translation>
    </message>
    <message>
        <source>&amp;Jobs…</source>
        <translation>&amp;Задания…</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Не разрешено</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Журнал &amp;аудита…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Сменить пользователя…</translation>
    </message>
    <message>
        <source>dicomnet — studies — %1 (%2)</source>
        <translation>dicomnet — исследования — %1 (%2)</translation>
    </message>
    <message>
        <source>dicomnet — locked</source>
        <translation>dicomnet — заблокировано</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Вход выполнен как %1</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Статистика…</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::PeersDialog</name>
    <message>
        <source>Peers</source>
        <translation>Узлы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>AE title</source>
        <translation>AE title</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Check (C-ECHO)</source>
        <translation>Проверить (C-ECHO)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>DICOM over TLS</source>
        <translation>DICOM поверх TLS</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>AE title:</source>
        <translation>AE title:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Хост:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Add peer</source>
        <translation>Добавить узел</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Добавлен %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Удалён %1.</translation>
    </message>
    <message>
        <source>Choose a peer first.</source>
        <translation>Сначала выберите узел.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 ответил за %2 мс.</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 не ответил: %2</translation>
    </message>
    <message>
        <source>optional: the peer&apos;s certificate (PEM)</source>
        <translation>необязательно: сертификат узла (PEM)</translation>
    </message>
    <message>
        <source>Only this certificate is accepted from the peer. Without it, any certificate from the site CA whose name is the peer&apos;s name is.</source>
        <translation>От узла принимается только этот сертификат. Без него — любой сертификат от УЦ учреждения, выданный на имя узла.</translation>
    </message>
    <message>
        <source>The peer&apos;s certificate</source>
        <translation>Сертификат узла</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Сертификаты (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Сертификат:</translation>
    </message>
    <message>
        <source>yes (site CA, named %1)</source>
        <translation>да (УЦ учреждения, на имя %1)</translation>
    </message>
    <message>
        <source>yes (certificate %1…)</source>
        <translation>да (сертификат %1…)</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::QueryRetrieveDialog</name>
    <message>
        <source>Query and retrieve</source>
        <translation>Запрос и получение</translation>
    </message>
    <message>
        <source>e.g. POPESCU* (wildcards * and ?)</source>
        <translation>напр. POPESCU* (подстановки * и ?)</translation>
    </message>
    <message>
        <source>YYYYMMDD or YYYYMMDD-YYYYMMDD</source>
        <translation>ГГГГММДД или ГГГГММДД-ГГГГММДД</translation>
    </message>
    <message>
        <source>e.g. CR</source>
        <translation>напр. CR</translation>
    </message>
    <message>
        <source>Peer:</source>
        <translation>Узел:</translation>
    </message>
    <message>
        <source>Patient name:</source>
        <translation>Имя пациента:</translation>
    </message>
    <message>
        <source>Patient ID:</source>
        <translation>ID пациента:</translation>
    </message>
    <message>
        <source>Study date:</source>
        <translation>Дата исследования:</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Модальность:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Искать</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID пациента</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Модальность</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>Study UID</source>
        <translation>UID исследования</translation>
    </message>
    <message>
        <source>No peers yet: add one in Network → Peers…</source>
        <translation>Узлов пока нет: добавьте узел в Сеть → Узлы…</translation>
    </message>
    <message>
        <source>Choose a peer.</source>
        <translation>Выберите узел.</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>Поиск на %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies) found.</source>
        <translation>
            <numerusform>Найдено %n исследование.</numerusform>
            <numerusform>Найдено %n исследования.</numerusform>
            <numerusform>Найдено %n исследований.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrieving %1…</source>
        <translation>Получение %1…</translation>
    </message>
    <message>
        <source>Retrieve the study</source>
        <translation>Получить исследование</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Series UID</source>
        <translation>UID серии</translation>
    </message>
    <message>
        <source>Choose a series to retrieve only it; otherwise the whole study comes.</source>
        <translation>Выберите серию, чтобы получить только её; иначе придёт всё исследование.</translation>
    </message>
    <message>
        <source>Retrieve the series</source>
        <translation>Получить серию</translation>
    </message>
    <message>
        <source>Receiving is off: only peers that offer C-GET can send studies here. Turn it on in Network → Receiving… for the others.</source>
        <translation>Приём выключен: сюда могут прислать исследования только узлы с C-GET. Для остальных включите его в Сеть → Приём…</translation>
    </message>
    <message>
        <source>series %1</source>
        <translation>серия %1</translation>
    </message>
    <message>
        <source>Retrieved %1 object(s) by C-GET, %2 failed: %3 new here, %4 already here.</source>
        <translation>Получено объектов по C-GET: %1, с ошибкой: %2; новых здесь: %3, уже были: %4.</translation>
    </message>
    <message>
        <source>The peer does not offer C-GET, and receiving is off: turn it on in Network → Receiving… for a C-MOVE.</source>
        <translation>Узел не поддерживает C-GET, а приём выключен: включите его в Сеть → Приём… для C-MOVE.</translation>
    </message>
    <message>
        <source>Retrieved %1 object(s) by C-MOVE, %2 failed.</source>
        <translation>Получено объектов по C-MOVE: %1, с ошибкой: %2.</translation>
    </message>
    <message>
        <source>All of it is here already.</source>
        <translation>Всё уже здесь.</translation>
    </message>
    <message>
        <source>Fetching %1 from %2 as job %3 (Network → Jobs… shows how far it got).</source>
        <translation>Получение %1 с %2 как задание %3 (Сеть → Задания… показывает ход).</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::ReceivingDialog</name>
    <message>
        <source>Receiving</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Receive studies sent to this workstation</source>
        <translation>Принимать исследования, отправленные на эту станцию</translation>
    </message>
    <message>
        <source>AE title:</source>
        <translation>AE title:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Senders at once:</source>
        <translation>Одновременных отправителей:</translation>
    </message>
    <message>
        <source>Secure (DICOM TLS): senders need a certificate from the site CA</source>
        <translation>Защищённо (DICOM TLS): отправителям нужен сертификат от УЦ учреждения</translation>
    </message>
    <message>
        <source>This workstation has no site certificate yet: dicomnet certs init</source>
        <translation>У этой станции ещё нет сертификата учреждения: dicomnet certs init</translation>
    </message>
    <message>
        <source>Only from known peers (AE title; with TLS, their certificate)</source>
        <translation>Только от известных узлов (AE-титул; с TLS — и их сертификат)</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::RequestDialog</name>
    <message>
        <source>Request a consultation</source>
        <translation>Запросить консультацию</translation>
    </message>
    <message>
        <source>The question, with the clinical context</source>
        <translation>Вопрос с клиническим контекстом</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Вопрос:</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Планово</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочно</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Экстренно</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Срочность:</translation>
    </message>
    <message>
        <source>A radiologist, or a peer; empty: anyone</source>
        <translation>Рентгенолог или узел; пусто: любой</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Для:</translation>
    </message>
    <message>
        <source>Asked by:</source>
        <translation>Запрашивает:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Отправить запрос</translation>
    </message>
    <message>
        <source>Keep here (someone answers on this workstation)</source>
        <translation>Оставить здесь (ответят на этой станции)</translation>
    </message>
    <message>
        <source>Send the study to %1</source>
        <translation>Отправить исследование на %1</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Отправить:</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::ScoreSuggestions</name>
    <message>
        <source>Suggested by the signed cases</source>
        <translation>Подсказка по подписанным случаям</translation>
    </message>
    <message>
        <source>Use these scores</source>
        <translation>Взять эти оценки</translation>
    </message>
    <message>
        <source>Copies the suggested scores into the form, to check and change before signing</source>
        <translation>Копирует подсказанные оценки в форму — проверьте и измените их перед подписью</translation>
    </message>
    <message>
        <source>No study.</source>
        <translation>Нет исследования.</translation>
    </message>
    <message>
        <source>Looking for similar signed cases…</source>
        <translation>Поиск похожих подписанных случаев…</translation>
    </message>
    <message>
        <source>No suggestion: %1</source>
        <translation>Подсказки нет: %1</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; &lt;small&gt;(%3 %)&lt;/small&gt;</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; &lt;small&gt;(%3 %)&lt;/small&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1&lt;br&gt;From %n signed case(s), the nearest:</source>
        <translation>
            <numerusform>%1&lt;br&gt;По %n подписанному случаю, ближайшие:</numerusform>
            <numerusform>%1&lt;br&gt;По %n подписанным случаям, ближайшие:</numerusform>
            <numerusform>%1&lt;br&gt;По %n подписанным случаям, ближайшие:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlike the stored cases (novel): look carefully.</source>
        <translation>Не похоже на сохранённые случаи (новое): смотрите внимательно.</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::SignInDialog</name>
    <message>
        <source>dicomnet — sign in</source>
        <translation>dicomnet — вход</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in to dicomnet&lt;/b&gt;&lt;br&gt;%1 · %2</source>
        <translation>&lt;b&gt;Вход в dicomnet&lt;/b&gt;&lt;br&gt;%1 · %2</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Type your login and password</source>
        <translation>Введите логин и пароль</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::SigningDialog</name>
    <message>
        <source>Sign the consultation</source>
        <translation>Подписать консультацию</translation>
    </message>
    <message>
        <source>Signing makes the consultation final: it is completed, verified by you and signed with your certificate. Changes after that are amendments.</source>
        <translation>Подпись делает консультацию окончательной: она завершается, проверяется вами и подписывается вашим сертификатом. Дальнейшие изменения — исправления.</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Сертификат:</translation>
    </message>
    <message>
        <source>Your certificate</source>
        <translation>Ваш сертификат</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Закрытый ключ:</translation>
    </message>
    <message>
        <source>Your private key</source>
        <translation>Ваш закрытый ключ</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::SimilarCasesPanel</name>
    <message>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>Signed scores</source>
        <translation>Подписанные оценки</translation>
    </message>
    <message>
        <source>Open beside</source>
        <translation>Открыть рядом</translation>
    </message>
    <message>
        <source>Shows the selected study next to the current one</source>
        <translation>Показывает выбранное исследование рядом с текущим</translation>
    </message>
    <message>
        <source>Looking for similar studies…</source>
        <translation>Поиск похожих исследований…</translation>
    </message>
    <message>
        <source>The studies of other patients most like this one, of %1 stored:</source>
        <translation>Исследования других пациентов, наиболее похожие на это, из %1 сохранённых:</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>не подписано</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::StatisticsWindow</name>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>This workstation&apos;s cache</source>
        <translation>Кэш этой станции</translation>
    </message>
    <message>
        <source>Portal %1 (volume only)</source>
        <translation>Портал %1 (только объём)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>По периодам:</translation>
    </message>
    <message>
        <source>Counted in:</source>
        <translation>Считать в:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Исследования</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Снимки</translation>
    </message>
    <message>
        <source>COVID-19</source>
        <translation>COVID-19</translation>
    </message>
    <message>
        <source>COVID-19 %</source>
        <translation>COVID-19 %</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>Median h</source>
        <translation>Медиана ч</translation>
    </message>
    <message>
        <source>P90 h</source>
        <translation>P90 ч</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <source>Turnaround</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Врачи</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Экспорт графика в PNG…</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Экспорт таблицы в CSV…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>%1 studies, %2 images</source>
        <translation>исследований: %1, снимков: %2</translation>
    </message>
    <message>
        <source>; COVID-19 investigations: %1 (%2 %)</source>
        <translation>; исследований COVID-19: %1 (%2 %)</translation>
    </message>
    <message>
        <source>; consultations: %1 requested, %2 answered; turnaround median %3 h, 90th percentile %4 h</source>
        <translation>; консультации: запрошено %1, отвечено %2; срок: медиана %3 ч, 90-й процентиль %4 ч</translation>
    </message>
    <message>
        <source>. Reading on screen, not on film and paper, saved about %1 %2 (%3 an exam).</source>
        <translation>. Чтение на экране, а не на плёнке и бумаге, сэкономило около %1 %2 (%3 за исследование).</translation>
    </message>
    <message>
        <source>. Set the cost of one exam on film and paper (dicomnet stats cost) to estimate the savings.</source>
        <translation>. Задайте стоимость одного исследования на плёнке и бумаге (dicomnet stats cost), чтобы оценить экономию.</translation>
    </message>
    <message>
        <source> on the portal, from every workstation that sends to it.</source>
        <translation> на портале, от всех станций, которые на него отправляют.</translation>
    </message>
    <message>
        <source>Studies per period on the portal, by modality</source>
        <translation>Исследования за период на портале, по модальностям</translation>
    </message>
    <message>
        <source>Studies per period by modality, and the COVID-19 share</source>
        <translation>Исследования за период по модальностям и доля COVID-19</translation>
    </message>
    <message>
        <source>studies</source>
        <translation>исследования</translation>
    </message>
    <message>
        <source>COVID-19 share (%)</source>
        <translation>Доля COVID-19 (%)</translation>
    </message>
    <message>
        <source>COVID-19 share</source>
        <translation>Доля COVID-19</translation>
    </message>
    <message>
        <source>Turnaround from request to signed answer (hours), by period</source>
        <translation>Срок от запроса до подписанного ответа (часы), по периодам</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>часы</translation>
    </message>
    <message>
        <source>Signed answers per reader</source>
        <translation>Подписанные ответы по врачам</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт графика</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Не удаётся записать %1</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Значения через запятую (*.csv)</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::StudyBrowser</name>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID пациента</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Исследования</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Модальность</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серии</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Номер направления</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Пациенты</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Имя пациента</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Любая дата</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Между…</translation>
    </message>
    <message>
        <source>Any modality</source>
        <translation>Любая модальность</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Поиск:</translation>
    </message>
    <message>
        <source>The cache is empty. Drop DICOM files, folders, DICOMDIRs or zip archives on this window, or use File → Import.</source>
        <translation>Кэш пуст. Перетащите в это окно файлы DICOM, папки, DICOMDIR или zip-архивы либо используйте Файл → Импорт.</translation>
    </message>
    <message>
        <source>No study matches the search.</source>
        <translation>Нет исследований, соответствующих поиску.</translation>
    </message>
    <message>
        <source>Showing the newest %1 studies; narrow the search to see the others.</source>
        <translation>Показаны %1 последних исследований; уточните поиск, чтобы увидеть остальные.</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Ждёт меня</translation>
    </message>
    <message>
        <source>Studies with a consultation request for you (or anyone), or a draft of yours</source>
        <translation>Исследования с запросом консультации для вас (или любого) либо с вашим черновиком</translation>
    </message>
    <message>
        <source>Waiting for me (%1)</source>
        <translation>Ждёт меня (%1)</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>ждёт вас</translation>
    </message>
    <message>
        <source>waiting for you — %1</source>
        <translation>ждёт вас — %1</translation>
    </message>
    <message>
        <source>%1 + %2 away</source>
        <translation>%1 + %2 вне кэша</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) evicted from this cache, held by %1; opening the study brings them back</source>
        <translation>
            <numerusform>%n снимок вытеснен из этого кэша, хранится у %1; при открытии исследования он вернётся</numerusform>
            <numerusform>%n снимка вытеснено из этого кэша, хранятся у %1; при открытии исследования они вернутся</numerusform>
            <numerusform>%n снимков вытеснено из этого кэша, хранятся у %1; при открытии исследования они вернутся</numerusform>
        </translation>
    </message>
    <message>
        <source>nowhere known</source>
        <translation>нигде из известных</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::TimelinePanel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Модальность</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>In this workstation</source>
        <translation>На этой станции</translation>
    </message>
    <message>
        <source>On peers, not here (click to fetch)</source>
        <translation>У партнёров, не здесь (щелчок — получить)</translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>Пациент %1</translation>
    </message>
    <message>
        <source>Patient %1 (%2)</source>
        <translation>Пациент %1 (%2)</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>показано</translation>
    </message>
    <message>
        <source>compared with the one shown</source>
        <translation>сравнивается с показанным</translation>
    </message>
    <message>
        <source>%1 — on %2</source>
        <translation>%1 — на %2</translation>
    </message>
    <message>
        <source>Peers not reached: %1</source>
        <translation>Недоступные партнёры: %1</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>получение…</translation>
    </message>
    <message>
        <source>Fetching the study from %1…</source>
        <translation>Получение исследования от %1…</translation>
    </message>
    <message>
        <source>Not fetched: %1</source>
        <translation>Не получено: %1</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::ViewerWindow</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Viewport %1: %2 images, first in %3 ms, all in %4 ms</source>
        <translation>Окно %1: изображений %2, первое за %3 мс, все за %4 мс</translation>
    </message>
    <message>
        <source>%1 — dicomnet</source>
        <translation>%1 — dicomnet</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Сдвиг</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Угол</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Прямоугольник</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Эллипс</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Пресеты</translation>
    </message>
    <message>
        <source>CT lung</source>
        <translation>КТ лёгкие</translation>
    </message>
    <message>
        <source>CT mediastinum</source>
        <translation>КТ средостение</translation>
    </message>
    <message>
        <source>CT bone</source>
        <translation>КТ кости</translation>
    </message>
    <message>
        <source>CT brain</source>
        <translation>КТ мозг</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Инверсия</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По размеру</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Повернуть</translation>
    </message>
    <message>
        <source>Flip ↔</source>
        <translation>Отразить ↔</translation>
    </message>
    <message>
        <source>Flip ↕</source>
        <translation>Отразить ↕</translation>
    </message>
    <message>
        <source>Cine</source>
        <translation>Кино</translation>
    </message>
    <message>
        <source>MPR</source>
        <translation>МПР</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>Click the image to add first</source>
        <translation>Сначала щёлкните по изображению, которое нужно добавить</translation>
    </message>
    <message>
        <source>A reformatted plane is not an image of the study: add it from the stack</source>
        <translation>Реформатированная плоскость — не изображение исследования: добавьте его из стека</translation>
    </message>
    <message>
        <source>The image is still loading</source>
        <translation>Изображение ещё загружается</translation>
    </message>
    <message>
        <source>Add to report</source>
        <translation>В заключение</translation>
    </message>
    <message>
        <source>Add the image shown, with its measurements, to the consultation (Ctrl+K)</source>
        <translation>Добавить показанное изображение с измерениями в консультацию (Ctrl+K)</translation>
    </message>
    <message>
        <source>Similar cases</source>
        <translation>Похожие случаи</translation>
    </message>
    <message>
        <source>Similar: %1 %2 · %3</source>
        <translation>Похожее: %1 %2 · %3</translation>
    </message>
    <message>
        <source>%1 beside the current study</source>
        <translation>%1 рядом с текущим исследованием</translation>
    </message>
    <message>
        <source>Measure: distance, angle, rectangle or ellipse</source>
        <translation>Измерение: расстояние, угол, прямоугольник или эллипс</translation>
    </message>
    <message>
        <source>Viewports: 1×1, 1×2, 2×1 or 2×2</source>
        <translation>Окна изображений: 1×1, 1×2, 2×1 или 2×2</translation>
    </message>
    <message>
        <source>Rotate by 90°; flip from the menu</source>
        <translation>Поворот на 90°; отражение — из меню</translation>
    </message>
    <message>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <source>The series as a volume, in a window of its own (CT, MR)</source>
        <translation>Серия как объём, в отдельном окне (КТ, МРТ)</translation>
    </message>
    <message>
        <source>Open a CT or MR series first.</source>
        <translation>Сначала откройте серию КТ или МРТ.</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::VolumeWindow</name>
    <message>
        <source>Cropping</source>
        <translation>Обрезка</translation>
    </message>
    <message>
        <source>Left drag turns, right drag or the wheel zooms, middle drag pans</source>
        <translation>Левая кнопка — вращение, правая или колесо — масштаб, средняя — сдвиг</translation>
    </message>
    <message>
        <source>%1 · last frame %2 ms</source>
        <translation>%1 · последний кадр %2 мс</translation>
    </message>
    <message>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Кость</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Лёгкие</translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation>Мягкие ткани</translation>
    </message>
    <message>
        <source>MR</source>
        <translation>МРТ</translation>
    </message>
    <message>
        <source>Colour and opacity by value</source>
        <translation>Цвет и непрозрачность по значению</translation>
    </message>
    <message>
        <source>GPU ray casting</source>
        <translation>Трассировка лучей на GPU</translation>
    </message>
    <message>
        <source>CPU ray casting</source>
        <translation>Трассировка лучей на CPU</translation>
    </message>
    <message>
        <source>Where the rays are cast: the graphics card (or Mesa&apos;s software OpenGL without one), or every core of the processor</source>
        <translation>Где трассируются лучи: на видеокарте (или в программном OpenGL Mesa без неё) либо на всех ядрах процессора</translation>
    </message>
    <message>
        <source>Front view</source>
        <translation>Вид спереди</translation>
    </message>
    <message>
        <source>Turn 90°</source>
        <translation>Поворот на 90°</translation>
    </message>
    <message>
        <source>Where the kept part starts</source>
        <translation>Где начинается оставляемая часть</translation>
    </message>
    <message>
        <source>Where it ends</source>
        <translation>Где она заканчивается</translation>
    </message>
    <message>
        <source>Whole volume</source>
        <translation>Весь объём</translation>
    </message>
    <message>
        <source>3D — %1 · %2 — dicomnet</source>
        <translation>3D — %1 · %2 — dicomnet</translation>
    </message>
    <message>
        <source>MIP</source>
        <translation>MIP</translation>
    </message>
</context>
<context>
    <name>dicomnet::viewer::FilmComparison</name>
    <message>
        <source>Aligning the prior onto the current film…</source>
        <translation>Совмещение предыдущего снимка с текущим…</translation>
    </message>
    <message>
        <source>alignment stopped</source>
        <translation>совмещение остановлено</translation>
    </message>
    <message>
        <source>The films could not be aligned: %1</source>
        <translation>Не удалось совместить снимки: %1</translation>
    </message>
    <message>
        <source>rotation %1°, shift %2, %3 pixels, scale %4</source>
        <translation>поворот %1°, сдвиг %2, %3 пикселей, масштаб %4</translation>
    </message>
    <message>
        <source>Aligned (kept with the pair): %1</source>
        <translation>Совмещено (сохранено с парой): %1</translation>
    </message>
    <message>
        <source>Aligned in %1 s: %2</source>
        <translation>Совмещено за %1 с: %2</translation>
    </message>
    <message>
        <source>PRIOR · aligning…</source>
        <translation>ПРЕДЫДУЩЕЕ · совмещается…</translation>
    </message>
    <message>
        <source>PRIOR · not aligned</source>
        <translation>ПРЕДЫДУЩЕЕ · не совмещено</translation>
    </message>
    <message>
        <source>PRIOR · aligned</source>
        <translation>ПРЕДЫДУЩЕЕ · совмещено</translation>
    </message>
    <message>
        <source>PRIOR · as taken</source>
        <translation>ПРЕДЫДУЩЕЕ · как снято</translation>
    </message>
    <message>
        <source>CHANGES</source>
        <translation>ИЗМЕНЕНИЯ</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>ТЕКУЩЕЕ</translation>
    </message>
    <message>
        <source>CURRENT | PRIOR</source>
        <translation>ТЕКУЩЕЕ | ПРЕДЫДУЩЕЕ</translation>
    </message>
    <message>
        <source>denser than before: %1 %</source>
        <translation>плотнее, чем раньше: %1 %</translation>
    </message>
    <message>
        <source>clearer than before: %1 %</source>
        <translation>прозрачнее, чем раньше: %1 %</translation>
    </message>
</context>
<context>
    <name>dicomnet::viewer::ImageView</name>
    <message>
        <source>Drag a series here</source>
        <translation>Перетащите сюда серию</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Image %1/%2</source>
        <translation>Изображение %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2</source>
        <translation>Кадр %1/%2</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Масштаб %1%</translation>
    </message>
    <message>
        <source>Spacing at the detector (not calibrated)</source>
        <translation>Шаг на детекторе (без калибровки)</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 мм</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Axial</source>
        <translation>Аксиальная</translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation>Корональная</translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation>Сагиттальная</translation>
    </message>
    <message>
        <source>W/L %1/%2</source>
        <translation>W/L %1/%2</translation>
    </message>
</context>
<context>
    <name>dicomnet::viewer::ViewerPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The series is still loading.</source>
        <translation>Серия ещё загружается.</translation>
    </message>
    <message>
        <source>This series is not a volume (it needs 8 or more evenly spaced slices of one size and orientation).</source>
        <translation>Эта серия не объём (нужно не меньше 8 равноотстоящих срезов одного размера и ориентации).</translation>
    </message>
</context>
<context>
    <name>dicomnet::viewer::VolumeView</name>
    <message>
        <source>GPU ray casting (%1)</source>
        <translation>Трассировка лучей на GPU (%1)</translation>
    </message>
    <message>
        <source>CPU ray casting (%1 threads)</source>
        <translation>Трассировка лучей на CPU (потоков: %1)</translation>
    </message>
</context>
<context>
    <name>dicomnet::workflow::Receiver</name>
    <message>
        <source>no site certificate for TLS (dicomnet certs init)</source>
        <translation>нет сертификата учреждения для TLS (dicomnet certs init)</translation>
    </message>
</context>
</TS>
