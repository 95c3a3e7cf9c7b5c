<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<!-- Simplified Chinese for QtKeychain 0.13 (Debian ships only the Traditional Chinese qtkeychain_zh.qm).
     Maintained by hand: lupdate never touches this file. Loaded by LanguageManager as :/i18n/qtkeychain_zh_CN.qm
     unless the platform provides an exact qtkeychain_zh_CN.qm. -->
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>QKeychain::DeletePasswordJobPrivate</name>
    <message>
        <source>Password entry not found</source>
        <translation>找不到密码条目</translation>
    </message>
    <message>
        <source>Could not decrypt data</source>
        <translation>无法解密数据</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Could not open wallet: %1; %2</source>
        <translation>无法打开钱包：%1；%2</translation>
    </message>
    <message>
        <source>Password not found</source>
        <translation>找不到密码</translation>
    </message>
    <message>
        <source>Could not open keystore</source>
        <translation>无法打开密钥库</translation>
    </message>
    <message>
        <source>Could not remove private key from keystore</source>
        <translation>无法从密钥库中删除私钥</translation>
    </message>
</context>
<context>
    <name>QKeychain::JobPrivate</name>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Access to keychain denied</source>
        <translation>访问密钥环被拒绝</translation>
    </message>
</context>
<context>
    <name>QKeychain::PlainTextStore</name>
    <message>
        <source>Could not store data in settings: access error</source>
        <translation>无法将数据保存到设置中：访问错误</translation>
    </message>
    <message>
        <source>Could not store data in settings: format error</source>
        <translation>无法将数据保存到设置中：格式错误</translation>
    </message>
    <message>
        <source>Could not delete data from settings: access error</source>
        <translation>无法从设置中删除数据：访问错误</translation>
    </message>
    <message>
        <source>Could not delete data from settings: format error</source>
        <translation>无法从设置中删除数据：格式错误</translation>
    </message>
    <message>
        <source>Entry not found</source>
        <translation>找不到条目</translation>
    </message>
</context>
<context>
    <name>QKeychain::ReadPasswordJobPrivate</name>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>D-Bus is not running</source>
        <translation>D-Bus 未运行</translation>
    </message>
    <message>
        <source>No keychain service available</source>
        <translation>没有可用的密钥环服务</translation>
    </message>
    <message>
        <source>Could not open wallet: %1; %2</source>
        <translation>无法打开钱包：%1；%2</translation>
    </message>
    <message>
        <source>Access to keychain denied</source>
        <translation>访问密钥环被拒绝</translation>
    </message>
    <message>
        <source>Could not determine data type: %1; %2</source>
        <translation>无法确定数据类型：%1；%2</translation>
    </message>
    <message>
        <source>Unsupported entry type &apos;Map&apos;</source>
        <translation>不支持的条目类型“Map”</translation>
    </message>
    <message>
        <source>Unknown kwallet entry type &apos;%1&apos;</source>
        <translation>未知的 KWallet 条目类型“%1”</translation>
    </message>
    <message>
        <source>Could not read password: %1; %2</source>
        <translation>无法读取密码：%1；%2</translation>
    </message>
    <message>
        <source>Password not found</source>
        <translation>找不到密码</translation>
    </message>
    <message>
        <source>Entry not found</source>
        <translation>找不到条目</translation>
    </message>
    <message>
        <source>Password entry not found</source>
        <translation>找不到密码条目</translation>
    </message>
    <message>
        <source>Could not decrypt data</source>
        <translation>无法解密数据</translation>
    </message>
    <message>
        <source>Could not open keystore</source>
        <translation>无法打开密钥库</translation>
    </message>
    <message>
        <source>Could not retrieve private key from keystore</source>
        <translation>无法从密钥库中读取私钥</translation>
    </message>
    <message>
        <source>Could not create decryption cipher</source>
        <translation>无法创建解密器</translation>
    </message>
</context>
<context>
    <name>QKeychain::WritePasswordJobPrivate</name>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>D-Bus is not running</source>
        <translation>D-Bus 未运行</translation>
    </message>
    <message>
        <source>Could not open wallet: %1; %2</source>
        <translation>无法打开钱包：%1；%2</translation>
    </message>
    <message>
        <source>Access to keychain denied</source>
        <translation>访问密钥环被拒绝</translation>
    </message>
    <message>
        <source>Could not delete encrypted data from settings: access error</source>
        <translation>无法从设置中删除加密数据：访问错误</translation>
    </message>
    <message>
        <source>Could not delete encrypted data from settings: format error</source>
        <translation>无法从设置中删除加密数据：格式错误</translation>
    </message>
    <message>
        <source>Could not store encrypted data in settings: access error</source>
        <translation>无法将加密数据保存到设置中：访问错误</translation>
    </message>
    <message>
        <source>Could not store encrypted data in settings: format error</source>
        <translation>无法将加密数据保存到设置中：格式错误</translation>
    </message>
    <message>
        <source>Credential size exceeds maximum size of %1</source>
        <translation>凭据大小超过上限 %1</translation>
    </message>
    <message>
        <source>Credential key exceeds maximum size of %1</source>
        <translation>凭据键长度超过上限 %1</translation>
    </message>
    <message>
        <source>Writing credentials failed: Win32 error code %1</source>
        <translation>写入凭据失败：Win32 错误代码 %1</translation>
    </message>
    <message>
        <source>Encryption failed</source>
        <translation>加密失败</translation>
    </message>
    <message>
        <source>Password not found</source>
        <translation>找不到密码</translation>
    </message>
    <message>
        <source>Could not open keystore</source>
        <translation>无法打开密钥库</translation>
    </message>
    <message>
        <source>Could not create private key generator</source>
        <translation>无法创建私钥生成器</translation>
    </message>
    <message>
        <source>Could not generate new private key</source>
        <translation>无法生成新私钥</translation>
    </message>
    <message>
        <source>Could not retrieve private key from keystore</source>
        <translation>无法从密钥库中读取私钥</translation>
    </message>
    <message>
        <source>Could not create encryption cipher</source>
        <translation>无法创建加密器</translation>
    </message>
    <message>
        <source>Could not encrypt data</source>
        <translation>无法加密数据</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Access to keychain denied</source>
        <translation>访问密钥环被拒绝</translation>
    </message>
    <message>
        <source>No keyring daemon</source>
        <translation>没有密钥环守护进程</translation>
    </message>
    <message>
        <source>Already unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <source>No such keyring</source>
        <translation>没有此密钥环</translation>
    </message>
    <message>
        <source>Bad arguments</source>
        <translation>参数错误</translation>
    </message>
    <message>
        <source>I/O error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Keyring already exists</source>
        <translation>密钥环已存在</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>没有匹配项</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Entry not found</source>
        <translation>找不到条目</translation>
    </message>
    <message>
        <source>error 0x%1: %2</source>
        <translation>错误 0x%1：%2</translation>
    </message>
    <message>
        <source>%1 (OSStatus %2)</source>
        <translation>%1(OSStatus %2)</translation>
    </message>
</context>
</TS>
