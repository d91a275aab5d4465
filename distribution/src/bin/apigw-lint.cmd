@echo off
rem apigw-lint launcher for Windows: runs lib\apigw-lint.jar with the Java of JAVA_HOME, else the
rem java on PATH (17 or later). APIGW_LINT_JAVA_OPTS adds JVM options after the defaults below, so
rem they win. Arguments and the exit code pass through unchanged.
setlocal

rem The same defaults as bin/apigw-lint: the serial collector, starting from 64 MB with a young
rem generation of at most 32 MB, and the class-data archive when the JDK has one.
set "DEFAULT_JVM_OPTS=-XX:+UseSerialGC -Xms64m -XX:MaxNewSize=32m -Xshare:auto"

set "APP_HOME=%~dp0.."
set "JAVA_EXE=java.exe"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME if not exist "%JAVA_EXE%" goto badJavaHome

set "JAVA_VERSION="
for /f "tokens=1-3" %%a in ('call "%JAVA_EXE%" -version 2^>^&1') do (
  if /i "%%b"=="version" set "JAVA_VERSION=%%~c"
)
if not defined JAVA_VERSION goto noJava
set "JAVA_MAJOR="
for /f "delims=.-+" %%m in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%m"
if "%JAVA_MAJOR%"=="1" goto oldJava
if %JAVA_MAJOR% LSS 17 goto oldJava

rem The class-data archive as in bin/apigw-lint: mapped when the JVM accepts it, else silently not.
set "CLASS_DATA_OPTS="
if exist "%APP_HOME%\lib\apigw-lint.jsa" set CLASS_DATA_OPTS="-XX:SharedArchiveFile=%APP_HOME%\lib\apigw-lint.jsa" -Xlog:cds=off,cds+dynamic=off

"%JAVA_EXE%" %DEFAULT_JVM_OPTS% %CLASS_DATA_OPTS% %APIGW_LINT_JAVA_OPTS% -jar "%APP_HOME%\lib\apigw-lint.jar" %*
exit /b %ERRORLEVEL%

:badJavaHome
echo apigw-lint: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe; set it to a Java 17 or later installation 1>&2
exit /b 2

:noJava
echo apigw-lint: no Java found: set JAVA_HOME or put java 17 or later on PATH 1>&2
exit /b 2

:oldJava
echo apigw-lint: %JAVA_EXE% is Java %JAVA_VERSION%; apigw-lint needs Java 17 or later, set JAVA_HOME 1>&2
exit /b 2
