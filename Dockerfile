# The portal's image: ./mvnw package, then docker build -t <registry>/best-portal:<tag> .
# (docs/deployment.md). The jar has no embedded MariaDB: set SPRING_DATASOURCE_* to run it.

# Unpack the Spring Boot jar into its layers (Boot's jarmode tools).
FROM eclipse-temurin:25-jre AS layers
WORKDIR /build
ARG JAR_FILE=target/best-portal-*.jar
COPY ${JAR_FILE} application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 best && useradd --system --uid 10001 --gid best --no-create-home best
WORKDIR /app
# Least often changed first (layers.idx order), so a release only ships its last, small layer.
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
USER 10001:10001
EXPOSE 8080
# The heap may use 60% of the container's memory limit; the rest is metaspace, threads, buffers.
# A pod out of memory stops and is replaced rather than limping on.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
