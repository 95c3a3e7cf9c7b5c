// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    QIcon appIcon(QStringLiteral(":/icons/idconsole.svg"));
    if (appIcon.pixmap(64, 64).isNull())
        appIcon = QApplication::windowIcon();
    if (appIcon.isNull())
        appIcon = style()->standardIcon(QStyle::SP_ComputerIcon);
    icon->setPixmap(appIcon.pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *texts = new QVBoxLayout;
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    texts->addWidget(m_title);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("aboutBody"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setOpenExternalLinks(true);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    texts->addWidget(m_body);
    top->addLayout(texts, 1);
    layout->addLayout(top);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    retranslate();
    setMinimumWidth(440);
}

QString AboutDialog::versionText()
{
    return QStringLiteral(IDCONSOLE_VERSION);
}

QString AboutDialog::bodyText() const
{
    return m_body->text();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Identity Console"));
    m_title->setText(tr("Identity Console %1").arg(versionText()));
    const QString body =
        QStringLiteral("<p>%1</p><p>%2</p><p>%3<br>%4</p><p>%5</p>")
            .arg(tr("A desktop console for cloud identity directories: Volcengine Agent Identity user pools, "
                    "Volcengine Cloud Identity and Alibaba Cloud CloudSSO.")
                     .toHtmlEscaped(),
                 tr("Licence: %1").arg(QStringLiteral(
                     "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GPL-3.0-or-later</a>")),
                 tr("Built with Qt %1").arg(QStringLiteral(QT_VERSION_STR)).toHtmlEscaped(),
                 tr("Running on Qt %1").arg(QString::fromLatin1(qVersion())).toHtmlEscaped(),
                 tr("This program comes with ABSOLUTELY NO WARRANTY. It is free software: you can redistribute it "
                    "and/or modify it under the terms of the GNU General Public License, version 3 or later.")
                     .toHtmlEscaped());
    m_body->setText(body);
    m_close->setText(tr("Close"));
}
